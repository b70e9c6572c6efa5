// Koers's mark: a compass needle in a circle.
export function KoersBeeld({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="13" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M16 5l3.6 11L16 27l-3.6-11z" fill="currentColor" />
      <path d="M16 5l3.6 11h-7.2z" fill="#ffbf47" />
    </svg>
  )
}
