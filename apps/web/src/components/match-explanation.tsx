/** Why a candidate matches, line by line as the API worded it. */
export function Explanation({ match }: { match: { explanation: string[] } }) {
  const lines = match.explanation;
  if (!lines.length) return null;
  return (
    <ul className="explanations">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
