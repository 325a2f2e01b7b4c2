import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, SortableHeader, Table } from './table';

describe('SortableHeader', () => {
  it('marks the sorted column with aria-sort and flips the direction on a second click', async () => {
    const onSort = vi.fn();
    render(
      <Table caption="Things">
        <thead>
          <tr>
            <SortableHeader
              label="Name"
              sortKey="name"
              sort={{ key: 'name', direction: 'asc' }}
              onSort={onSort}
            />
            <SortableHeader
              label="Size"
              sortKey="size"
              sort={{ key: 'name', direction: 'asc' }}
              onSort={onSort}
            />
          </tr>
        </thead>
      </Table>,
    );
    expect(screen.getByRole('table', { name: 'Things' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Size/ })).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', direction: 'desc' });
    await userEvent.click(screen.getByRole('button', { name: /Size/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'size', direction: 'asc' });
  });
});

describe('Pagination', () => {
  it('says which rows show and moves between pages', async () => {
    const onPageChange = vi.fn();
    render(
      <Pagination label="Pages" page={1} pageSize={100} total={250} onPageChange={onPageChange} />,
    );
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent(
      'Showing 101–200 of 250',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(2);
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(0);
  });

  it('renders nothing when everything fits on one page', () => {
    const { container } = render(
      <Pagination label="Pages" page={0} pageSize={100} total={100} onPageChange={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
