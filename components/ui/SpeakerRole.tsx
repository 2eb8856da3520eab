/** What the text says a speaker is, apart from the name ("House Speaker", "a spokesperson"): context, muted. */
export function SpeakerRole({ role }: { role: string | null }) {
  if (!role) return null;
  return <span className="ml-1 text-sm font-normal text-muted">({role})</span>;
}
