import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataColumn } from './data-table';

interface Thing {
  name: string;
  size: number;
}
const COLUMNS: readonly DataColumn<Thing>[] = [
  {
    id: 'name',
    header: 'Name',
    sortKey: 'name',
    rowHeader: true,
    fixed: true,
    cell: (t) => t.name,
  },
  { id: 'size', header: 'Size', sortKey: 'size', align: 'right', cell: (t) => t.size },
  { id: 'note', header: 'Note', hiddenByDefault: true, cell: () => 'a note' },
];
const things = (n: number): Thing[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Thing${String(i).padStart(3, '0')}`, size: i }));

function renderTable(rows: Thing[], onSort = vi.fn()) {
  return render(
    <DataTable
      tableId="things"
      caption="Things"
      columns={COLUMNS}
      rows={rows}
      getRowId={(t) => t.name}
      context={undefined}
      sort={{ key: 'name', direction: 'asc' }}
      onSort={onSort}
      pagingLabel="Pages"
    />,
  );
}

afterEach(() => localStorage.clear());

describe('DataTable', () => {
  it('marks the sorted column with aria-sort and flips the direction on a second click', async () => {
    const onSort = vi.fn();
    renderTable(things(3), onSort);
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getByRole('columnheader', { name: /Size/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    await userEvent.click(within(table).getByRole('button', { name: /Name/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', direction: 'desc' });
    await userEvent.click(within(table).getByRole('button', { name: /Size/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'size', direction: 'asc' });
  });

  it('says which rows show, moves between pages, and remembers the page size', async () => {
    const { unmount } = renderTable(things(250));
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('Showing 1–100 of 250');
    await userEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(pages).toHaveTextContent('Showing 101–200 of 250');
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Thing100');
    await userEvent.selectOptions(within(pages).getByLabelText('Rows per page'), '25');
    expect(pages).toHaveTextContent('Showing 1–25 of 250');
    unmount();
    renderTable(things(250));
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent(
      'Showing 1–25 of 250',
    );
  });

  it('shows no pager when everything fits on the smallest page', () => {
    renderTable(things(20));
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('hides and shows columns, and remembers the choice and the density', async () => {
    const { unmount } = renderTable(things(3));
    expect(screen.queryByRole('columnheader', { name: 'Note' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Columns of Things'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Note' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Size' }));
    await userEvent.click(screen.getByRole('button', { name: 'Comfortable rows in Things' }));
    expect(screen.getByRole('columnheader', { name: 'Note' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /Size/ })).not.toBeInTheDocument();
    unmount();
    renderTable(things(3));
    expect(screen.getByRole('columnheader', { name: 'Note' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /Size/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Comfortable rows in Things' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
