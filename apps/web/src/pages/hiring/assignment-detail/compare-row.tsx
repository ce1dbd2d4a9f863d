import type { ReactNode } from 'react';

/** One row of the comparison: a label, then one cell per candidate. */
export function CompareRow<C extends { id: string }>({
  label,
  columns,
  render,
}: {
  label: string;
  columns: readonly C[];
  render: (c: C) => ReactNode;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((c) => (
        <td key={c.id} className="align-top">
          {render(c)}
        </td>
      ))}
    </tr>
  );
}
