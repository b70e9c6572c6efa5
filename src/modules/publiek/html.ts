// HTML that escapes by default. Every value interpolated into `html`…`` is escaped unless it is
// itself the result of `html` (or of `raw`, which is for markup Koers produced itself, such as the
// server-rendered organogram SVG). Arrays are joined, null/undefined/false render as nothing. So a
// name like `<script>` in the data is shown as text and can never become markup (OWASP XSS
// Prevention Cheat Sheet, rule 1: HTML-encode before inserting untrusted data into element content
// and quoted attribute values; every attribute here is quoted).

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

type Waarde = SafeHtml | string | number | boolean | null | undefined | readonly Waarde[]

function render(value: Waarde): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Waarde[]): SafeHtml {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!
  return new SafeHtml(out)
}

/** Markup that Koers generated itself and that must not be escaped. Never pass data from a request or the database. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup)
}
