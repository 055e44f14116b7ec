import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthorizationForm, type AuthorizationFormProps } from '@/components/ledger/authorization-form';
import { draftFrom } from '@/lib/ui/ledger-draft';
import { CODE_A, NOW, TZ } from './helpers';

function renderForm(overrides: Partial<AuthorizationFormProps> = {}) {
  const props: AuthorizationFormProps = {
    mode: 'add',
    initial: draftFrom(null, { now: NOW, timeZone: TZ }),
    now: NOW,
    timeZone: TZ,
    otherHoldersOf: () => [],
    onSubmit: vi.fn(async () => {}),
    ...overrides,
  };
  render(<AuthorizationForm {...props} />);
  return props;
}

const codeBox = () => screen.getByLabelText('Authorization code') as HTMLTextAreaElement;

describe('the authorization form', () => {
  it('strips quotes, spaces and line breaks around a pasted code and says so', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(codeBox());
    await user.paste(`\n  “${CODE_A}”  \n`);
    expect(codeBox().value).toBe(CODE_A);
    expect(screen.getByText('Removed spaces and quotes around the code.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Check this code' })).toBeNull();
  });

  it('keeps a space inside a pasted code and warns about it instead of silently fixing it', async () => {
    const user = userEvent.setup();
    renderForm();
    const split = `${CODE_A.slice(0, 20)} ${CODE_A.slice(20)}`;
    await user.click(codeBox());
    await user.paste(`'${split}'`);
    expect(codeBox().value).toBe(split);
    const warnings = screen.getByRole('list', { name: 'Check this code' });
    expect(warnings).toHaveTextContent('The code has a space or line break inside it.');
  });

  it('warns about a code without its leading # and a short code once the field is left', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(codeBox(), 'abc123');
    expect(screen.queryByRole('list', { name: 'Check this code' })).toBeNull();
    await user.tab();
    const warnings = screen.getByRole('list', { name: 'Check this code' });
    expect(warnings).toHaveTextContent("Spark codes usually start with '#'");
    expect(warnings).toHaveTextContent('shorter than Spark codes usually are');
  });

  describe('given a whole message with the code in it', () => {
    const CODE = '#Zz9qAbCdEfGhIjKlMnOpQrStUvWxYz0123mno=';
    const MESSAGE = `Hey! 👋 Here's my Spark code:\n${CODE}\nvalid 30 days, thanks!`;

    it('says it looks like a message and replaces it with just the code on request', async () => {
      const user = userEvent.setup();
      renderForm();
      await user.click(codeBox());
      await user.paste(MESSAGE);
      expect(codeBox().value).toBe(MESSAGE);
      const warnings = screen.getByRole('list', { name: 'Check this code' });
      expect(warnings).toHaveTextContent('This looks like a message with a code in it');
      expect(warnings).not.toHaveTextContent("Spark codes usually start with '#'");
      await user.click(screen.getByRole('button', { name: 'Use #Zz9q••••no=' }));
      expect(codeBox().value).toBe(CODE);
      expect(codeBox()).toHaveFocus();
      expect(screen.queryByRole('list', { name: 'Check this code' })).toBeNull();
    });

    it('still saves the message as it is when the user chooses to', async () => {
      const user = userEvent.setup();
      const props = renderForm();
      await user.click(codeBox());
      await user.paste(MESSAGE);
      await user.click(screen.getByRole('button', { name: 'Save code' }));
      expect(props.onSubmit).toHaveBeenCalledWith(expect.objectContaining({ code: MESSAGE }));
    });
  });

  it('refuses to save text with no letters or digits, with the reason', async () => {
    const user = userEvent.setup();
    const props = renderForm();
    await user.type(codeBox(), '!!!');
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('That has no letters or digits, so it is not a Spark code.');
  });

  it('refuses a granted date in the future, and offers no date after today', async () => {
    const user = userEvent.setup();
    const props = renderForm();
    await user.click(codeBox());
    await user.paste(CODE_A);
    const grantedOn = screen.getByLabelText('Granted on');
    expect(grantedOn).toHaveAttribute('max', '2026-11-20');
    await user.clear(grantedOn);
    await user.type(grantedOn, '2026-11-21');
    expect(screen.getByText(/^The granted date is in the future: pick the day/)).toBeInTheDocument();
    expect(screen.queryByText(/^Expires in/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(props.onSubmit).not.toHaveBeenCalled();
    await user.clear(grantedOn);
    await user.type(grantedOn, '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(props.onSubmit).toHaveBeenCalledWith(expect.objectContaining({ grantedDate: '2026-11-20' }));
  });

  it('shows the expiry in words as the grant changes', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(codeBox());
    await user.paste(CODE_A);
    // Granted today (Fri Nov 20 2026) for 30 days.
    expect(screen.getByText(/^Expires in 30 days \(Sun, Dec 20, 2026\)$/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Granted duration'), '7 days');
    const grantedOn = screen.getByLabelText('Granted on');
    await user.clear(grantedOn);
    await user.type(grantedOn, '2026-11-14');
    // Granted at the start of Nov 14 for 7 days: ends at midnight starting Nov 21, tomorrow.
    expect(screen.getByText(/^Expires tomorrow at 12:00\sAM \(Sat, Nov 21, 2026\)$/)).toBeInTheDocument();
  });

  it('takes a custom duration in whole days', async () => {
    const user = userEvent.setup();
    const props = renderForm();
    await user.click(codeBox());
    await user.paste(CODE_A);
    await user.selectOptions(screen.getByLabelText('Granted duration'), 'Custom…');
    await user.type(screen.getByLabelText('Granted duration in days'), '45');
    expect(screen.getByText(/^Expires in 45 days/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(props.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ code: CODE_A, grantedDays: 45, status: 'received' }),
    );
  });

  it('warns when the code runs out before the campaign ends', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(codeBox());
    await user.paste(CODE_A);
    await user.type(screen.getByLabelText('Campaign ends (optional)'), '2026-12-31');
    expect(
      screen.getByText(/The code expires on Sun, Dec 20, 2026, 11 days before the campaign ends/),
    ).toBeInTheDocument();
  });

  it('warns when the same code is already saved on another video', async () => {
    const user = userEvent.setup();
    renderForm({ otherHoldersOf: (code) => (code === CODE_A ? ['@glowwithmia'] : []) });
    await user.click(codeBox());
    await user.paste(CODE_A);
    expect(screen.getByRole('alert')).toHaveTextContent('This code is already saved on @glowwithmia.');
  });

  it('refuses to save a received code without the code, and saves a request without one', async () => {
    const user = userEvent.setup();
    const props = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the code, or set the status to "Requested"');
    expect(props.onSubmit).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Status'), 'Requested');
    await user.click(screen.getByRole('button', { name: 'Save request' }));
    expect(props.onSubmit).toHaveBeenCalledWith(expect.objectContaining({ code: '', status: 'requested' }));
  });

  it('shows why saving failed and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderForm({ onSubmit: vi.fn(async () => Promise.reject(new Error('That code no longer exists'))) });
    await user.click(codeBox());
    await user.paste(CODE_A);
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code no longer exists');
    expect(codeBox().value).toBe(CODE_A);
  });
});
