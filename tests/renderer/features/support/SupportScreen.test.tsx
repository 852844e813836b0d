import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/app/App';
import { SupportScreen } from '../../../../src-renderer/features/support/SupportScreen';
import { renderWithApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** The numbers a list names, each as "number: where it works", as a person reads them. */
function numbersIn(name: string): string[] {
  const list = screen.getByRole('list', { name });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => {
      const [number, where] = [...item.children].map((part) => part.textContent);
      return `${number}: ${where}`;
    });
}

describe('Support', () => {
  it('has the four parts a hard night needs, each with a heading', () => {
    renderWithApp(<SupportScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Support' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'In an emergency',
      'Reach out to someone you trust',
      'Find professional help',
      'When contact with your ex is unsafe',
    ]);
    const page = screen.getByRole('region', { name: 'Support' }).textContent ?? '';
    expect(page).toContain('call your local emergency number now');
    expect(page).toContain('please do not stay alone tonight');
    expect(page).toContain('it is all right to ask');
    expect(page).toContain('You do not need the right words. You could say:');
    expect(page).toMatch(/doctor.*counsellor or therapist/);
    expect(page).toContain('you do not owe them contact, a reply or an apology');
    expect(page).toContain('Keep a record');
    expect(page).toContain('emergency services can send help');
    expect(page).not.toContain('the police can help');
  });

  it('names control as abuse, and is honest that Mending is no safe place for a record', () => {
    renderWithApp(<SupportScreen />);
    const part = screen.getByRole('region', { name: 'When contact with your ex is unsafe' });
    const words = part.textContent ?? '';
    expect(words).toContain(
      'If your ex frightens you, threatens you, hurts you, or controls you (your money, your ' +
        'phone, who you see), you do not owe them contact',
    );
    expect(words).toContain(
      'Keep it somewhere your ex cannot reach: Mending has no password and is not encrypted, so ' +
        'anyone who can use this computer can open it and read what you wrote. A domestic abuse ' +
        'helpline can help you keep records safely.',
    );
    // Never the old advice, which implied Mending itself was a safe place for the record.
    expect(words).not.toMatch(/sign in to this computer as you/);
    expect(words).toContain(
      'If your ex can see your phone’s call history or bill, call from a phone they cannot ' +
        'check, such as a friend’s.',
    );
    expect(words).toContain(
      'If you share children or a court order, a helpline or a lawyer can help keep the contact ' +
        'you still have brief and safe.',
    );
    // Two of the lines keep set hours: the part says so, and where to turn when one is closed.
    expect(words).toContain('Not every line here is open at night.');
  });

  it('lists each number with where it works, and says to check the local number', () => {
    renderWithApp(<SupportScreen />);
    expect(numbersIn('Emergency numbers')).toEqual([
      '112: European Union, and many other countries',
      '911: United States and Canada',
      '999: United Kingdom (112 works there too)',
      '000: Australia',
    ]);
    expect(numbersIn('Helplines')).toEqual([
      '988: Suicide & Crisis Lifeline (call or text), United States',
      '9-8-8: Suicide Crisis Helpline (call or text), Canada',
      '116 123: Samaritans, United Kingdom and Ireland',
      '13 11 14: Lifeline, Australia',
    ]);
    expect(numbersIn('Domestic abuse helplines')).toEqual([
      '1-800-799-7233: National Domestic Violence Hotline, United States',
      '0808 2000 247: National Domestic Abuse Helpline, run by Refuge for women and those supporting them, England',
      '0808 801 0327: Men’s Advice Line, for men, United Kingdom',
      '0800 999 5428: Galop, for LGBT+ people, United Kingdom',
      '1800 737 732: 1800RESPECT, Australia',
    ]);
    expect(screen.getAllByText(/^Somewhere else\?/)).toHaveLength(3);
    expect(screen.getByText(/Check the emergency number where you are/)).toBeTruthy();
  });

  it('opens nothing on the network: every link stays inside the app, numbers are plain text', () => {
    const { container } = renderWithApp(<SupportScreen />);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith('#/support'))).toBe(true);
    expect(container.querySelector('a[href^="tel:"], a[href^="http"], img, iframe')).toBeNull();
    expect(container.textContent).toContain('Mending itself never calls or sends anything');
  });

  it('is calm: no alarm words, no guilt, and it says how to get here', () => {
    const { container } = renderWithApp(<SupportScreen />);
    const words = container.textContent ?? '';
    expect(words).not.toMatch(/warning|urgent|!|should have|must\b/i);
    expect(words).toContain('None of it is your fault.');
    expect(words).toContain('Support is always in the navigation, or press F1');
    // The navigation is a sidebar only in a wide window: at 800 px it is a bar along the top.
    expect(words).not.toMatch(/sidebar/i);
  });

  it('brings the part the address names into view and gives it the focus', async () => {
    window.location.hash = '#/support?part=unsafe-contact';
    renderWithApp(<SupportScreen />);
    const heading = screen.getByRole('heading', { name: 'When contact with your ex is unsafe' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await goTo('#/support?part=professional-help');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Find professional help' }),
      ),
    );
  });
});

describe('the way to Support', () => {
  it('is a link in the navigation on every screen, with its shortcut said', async () => {
    renderWithApp(<App />);
    for (const hash of ['#/today', '#/mood', '#/settings', '#/report']) {
      await goTo(hash);
      const nav = screen.getByRole('navigation', { name: 'Sections' });
      const link = within(nav).getByRole('link', { name: 'Support' });
      expect(link.getAttribute('href')).toBe('#/support');
      expect(link.getAttribute('aria-keyshortcuts')).toBe('F1');
      expect(link.getAttribute('title')).toContain('(F1)');
    }
  });

  it('opens with F1 from any screen, even from inside a text field, and moves the focus there', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    await goTo('#/mood');
    const note = await screen.findByLabelText(/^Note/);
    await user.click(note);
    await user.keyboard('{F1}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeTruthy();
    expect(window.location.hash).toBe('#/support');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(document.title).toBe('Support · Mending');
  });

  it('leaves F1 with a modifier alone', async () => {
    renderWithApp(<App />);
    await goTo('#/today');
    fireEvent.keyDown(window, { key: 'F1', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Today');
  });
});
