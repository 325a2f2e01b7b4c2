import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorFromFfdc } from '../egeria/errors';
import { ErrorPanel } from './error-panel';

const ffdc = {
  relatedHTTPCode: 404,
  exceptionClassName: 'org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException',
  exceptionErrorMessage:
    'OMAG-REPOSITORY-HANDLER-404-007 The IntegrationGroup entity with unique identifier 0000 is not found',
  exceptionErrorMessageId: 'OMAG-REPOSITORY-HANDLER-404-007',
  exceptionSystemAction: 'The system is unable to update information associated with the entity.',
  exceptionUserAction: 'Verify that the caller logic is correct.',
};

describe('ErrorPanel', () => {
  it("shows Egeria's message id, text, system action, user action and request", async () => {
    const onRetry = vi.fn();
    render(
      <ErrorPanel
        title="Could not load the group"
        error={errorFromFfdc(ffdc, 200, 'GET /servers/mds/…/integration-groups/0000')}
        onRetry={onRetry}
      />,
    );
    const panel = screen.getByRole('alert', { name: 'Could not load the group' });
    expect(
      within(panel).getByText(
        /The IntegrationGroup entity with unique identifier 0000 is not found/,
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Message id').nextElementSibling).toHaveTextContent(
      'OMAG-REPOSITORY-HANDLER-404-007',
    );
    expect(within(panel).getByText('System action').nextElementSibling).toHaveTextContent(
      ffdc.exceptionSystemAction,
    );
    expect(within(panel).getByText('User action').nextElementSibling).toHaveTextContent(
      ffdc.exceptionUserAction,
    );
    expect(within(panel).getByText('Request').nextElementSibling).toHaveTextContent(
      'GET /servers/mds/',
    );
    expect(within(panel).getByText('Status').nextElementSibling).toHaveTextContent(
      '404 (Egeria relatedHTTPCode; HTTP 200)',
    );
    expect(within(panel).getByText('InvalidParameterException')).toHaveAttribute(
      'title',
      ffdc.exceptionClassName,
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the message of any other error', () => {
    render(<ErrorPanel error={new TypeError('x is not a function')} />);
    expect(screen.getByRole('alert', { name: 'Something went wrong' })).toHaveTextContent(
      'x is not a function',
    );
    expect(screen.queryByText('User action')).not.toBeInTheDocument();
  });

  it('renders HTML in error text as text', () => {
    render(<ErrorPanel error={new Error('<img src=x onerror=alert(1)>')} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
