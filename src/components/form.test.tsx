import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { failOnConsoleOutput } from '../test/console-guard';
import { CheckboxField, Form, FormErrorSummary, SelectField, TextField, useZodForm } from './form';

failOnConsoleOutput();

const schema = z.object({
  name: z.string().min(1, 'Enter a name.'),
  kind: z.enum(['a', 'b']),
  nested: z.object({ count: z.string().regex(/^\d+$/, 'Enter a whole number.') }),
  on: z.boolean(),
});
type Values = z.infer<typeof schema>;

function TestForm({ onSubmit }: { onSubmit: (values: Values) => void }) {
  const form = useZodForm<Values>(schema, {
    defaultValues: { name: '', kind: 'a', nested: { count: 'x' }, on: false },
  });
  return (
    <Form form={form} onSubmit={onSubmit} label="Test form">
      <FormErrorSummary labels={{ name: 'Name' }} />
      <TextField name="name" label="Name" required hint="What to call it." />
      <SelectField
        name="kind"
        label="Kind"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
      />
      <TextField name="nested.count" label="Count" />
      <CheckboxField name="on" label="Switched on" />
      <button type="submit">Save</button>
    </Form>
  );
}

describe('Form', () => {
  it('labels every field and ties hints and errors to it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<TestForm onSubmit={onSubmit} />);
    expect(screen.getByRole('form', { name: 'Test form' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAccessibleDescription('What to call it.');
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(name).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Switched on' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name. What to call it.');
    expect(name).toHaveFocus();
    const count = screen.getByRole('textbox', { name: 'Count' });
    expect(count).toHaveAccessibleDescription('Enter a whole number.');

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('2 problems to fix');
    await user.click(screen.getByRole('button', { name: 'Nested › count: Enter a whole number.' }));
    expect(count).toHaveFocus();

    // After the first submit, fields are checked again as they change.
    await user.type(count, '{Control>}a{/Control}12');
    expect(count).toHaveAttribute('aria-invalid', 'false');
    await user.type(name, 'Widget');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(
      { name: 'Widget', kind: 'a', nested: { count: '12' }, on: false },
      expect.anything(),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
