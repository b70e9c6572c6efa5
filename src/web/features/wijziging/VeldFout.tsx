// The error message(s) the API gave for one field, right below it.
export function VeldFout({ id, fouten }: { id: string; fouten?: string[] | undefined }) {
  if (!fouten || fouten.length === 0) return null
  return <p id={id} className="utrecht-form-field-error-message">{fouten.join(' ')}</p>
}
