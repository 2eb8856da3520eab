/** The Parallax mark: two offset columns of text, one seen through the other. Decorative. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="16" height="22" rx="2" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <rect
        x="13"
        y="5"
        width="16"
        height="22"
        rx="2"
        fill="currentColor"
        fillOpacity="0.18"
        stroke="currentColor"
        strokeWidth="2.2"
      />
      <path
        d="M7 11h8M7 15h8M7 19h5M17 11h8M17 15h6M17 19h8"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
