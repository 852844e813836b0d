import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfPrinter } from '../../../../src-main/services/ports';
import { createMoodService } from '../../../../src-main/services/mood-service';
import { dayOfInstant } from '../../../../src-main/shared/calendar';
import { ReportScreen } from '../../../../src-renderer/features/report/ReportScreen';
import { createFakeFiles } from '../../../helpers/fake-files';
import { createTestApp } from '../../render-app';
import { renderWithFailing } from '../../failing-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-report-screen-'));
});
afterEach(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** The report screen over a real database holding two notes that mention people. */
function showScreen(options: { printPdf?: PdfPrinter } = {}) {
  const files = createFakeFiles();
  const app = createTestApp({ files, ...options });
  const mood = createMoodService(app.db);
  const now = new Date();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  mood.create({
    occurredAt: new Date(now.getTime() - 3 * 86_400_000).toISOString(),
    timeZone: zone,
    mood: 4,
    note: 'Lunch with Sam; then Priya rang. <img src=x onerror=alert(1)>',
  });
  mood.create({
    occurredAt: now.toISOString(),
    timeZone: zone,
    mood: 6,
    note: 'Walked with Sam again.',
  });
  app.render(<ReportScreen />);
  return { ...app, files, user: userEvent.setup() };
}

/** The exact document the preview frame shows. */
async function previewHtml(containing?: string): Promise<string> {
  let html = '';
  await waitFor(
    () => {
      const frame = screen.getByTitle('Preview of your report');
      html = frame.getAttribute('srcdoc') ?? '';
      expect(html).toContain('Your progress');
      if (containing !== undefined) expect(html).toContain(containing);
    },
    { timeout: 5000 },
  );
  return html;
}

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

describe('ReportScreen', () => {
  it('previews the exact document in a frame that can run nothing', async () => {
    const { user } = showScreen();
    const frame = await screen.findByTitle('Preview of your report', undefined, { timeout: 5000 });
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    await user.click(screen.getByRole('radio', { name: /^Full/ }));
    const html = await previewHtml('Lunch with Sam');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect((screen.getByRole('radio', { name: 'Last 3 months' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('starts at the most private level, so the notes stay out until the person chooses more', async () => {
    showScreen();
    const summary = screen.getByRole('radio', { name: /^Summary/ });
    expect((summary as HTMLInputElement).checked).toBe(true);
    for (const level of [/^Therapist/, /^Full/]) {
      expect((screen.getByRole('radio', { name: level }) as HTMLInputElement).checked).toBe(false);
    }
    const html = await previewHtml('Privacy: Summary.');
    expect(html).not.toMatch(/Sam|Priya|Lunch/);
  });

  it('labels each level by what it includes, warns what names do not hide, and says a file has no password', async () => {
    showScreen();
    const described = (name: RegExp) => {
      const radio = screen.getByRole('radio', { name });
      return document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent;
    };
    // Most private first, in the order a person reads them.
    expect(
      screen
        .getAllByRole('radio')
        .filter((r) => r.getAttribute('name')?.endsWith('-privacy'))
        .map((r) => r.getAttribute('value')),
    ).toEqual(['summary', 'therapist', 'full']);
    // Says what the numbers are, since they are about the person and the ex too.
    expect(described(/^Summary/)).toBe(
      'Includes your numbers and charts: your mood day by day and the emotions you picked from the list; your habits (numbered, not named); your stage; your communication practice by skill and outcome; how many reflections you wrote; and how often you were in contact with your ex, what brought it about, who reached out first and its tone. No notes or other text you wrote.',
    );
    expect(described(/^Therapist/)).toMatch(
      /^Includes everything, with the names you choose replaced by “\[name\]”\./,
    );
    expect(described(/^Therapist/)).toContain(
      'Replacing names does not hide other details in your notes, such as “called my sister”. Read the preview before you share it.',
    );
    expect(described(/^Full/)).toBe('Includes everything, with your notes and reflections.');
    expect(
      screen.getByText('A saved report has no password: anyone with the file can read it.'),
    ).toBeTruthy();
    await previewHtml();
  });

  it('never calls a preview made from earlier choices "exactly what will be saved"', async () => {
    const { user } = showScreen();
    await previewHtml('Privacy: Summary.');
    await waitFor(() =>
      expect(screen.getByText('This is exactly what will be saved.')).toBeTruthy(),
    );
    await user.click(screen.getByRole('radio', { name: /^Full/ }));
    // At once, before the new preview is even asked for, the old one is not what Save would make.
    expect(screen.queryByText('This is exactly what will be saved.')).toBeNull();
    expect(screen.getByText('Updating…')).toBeTruthy();
    expect(screen.getByTitle('Preview of your report').className).toContain('is-stale');
    await previewHtml('Privacy: Full.');
    await waitFor(() =>
      expect(screen.getByText('This is exactly what will be saved.')).toBeTruthy(),
    );
    expect(screen.getByTitle('Preview of your report').className).not.toContain('is-stale');
  });

  it('explains each privacy level, and the summary level leaves out every note', async () => {
    const { user } = showScreen();
    await user.click(screen.getByRole('radio', { name: /^Full/ }));
    await previewHtml('Lunch with Sam');
    const summary = screen.getByRole('radio', { name: /^Summary/ });
    await user.click(summary);
    await waitFor(async () => {
      const html = await previewHtml();
      expect(html).toContain('Privacy: Summary.');
      expect(html).not.toMatch(/Sam|Priya|Lunch/);
    });
  });

  it('says so when the notes could not be searched for names, instead of an empty list', async () => {
    // The real app, except that the search for names fails (as it would on a damaged file).
    renderWithFailing(
      <ReportScreen />,
      { 'report:names': 'Something went wrong reading your notes.' },
      createTestApp({ files: createFakeFiles() }),
    );
    await userEvent.setup().click(screen.getByRole('radio', { name: /^Therapist/ }));
    const alert = await screen.findByText(/Your notes could not be searched for names/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Something went wrong reading your notes.');
    expect(alert.textContent).toContain('Add each name to hide below.');
    expect(screen.queryByText('No names to hide yet.')).toBeNull();
    // The person can still add a name by hand.
    expect(screen.getByLabelText('Add a name')).toBeTruthy();
  });

  it('proposes names at the therapist level, and the person can take one off and add another', async () => {
    const { user } = showScreen();
    await user.click(screen.getByRole('radio', { name: /^Therapist/ }));
    const list = await screen.findByRole(
      'list',
      { name: 'Names that will be hidden' },
      { timeout: 5000 },
    );
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Sam×', 'Priya×']),
    );
    await previewHtml('Lunch with [name]; then [name] rang.');

    await user.click(screen.getByRole('button', { name: 'Stop hiding Priya' }));
    await previewHtml('Lunch with [name]; then Priya rang.');

    await user.type(screen.getByLabelText('Add a name'), 'lunch{Enter}');
    await within(list).findByText('lunch');
    await previewHtml('[name] with [name]; then Priya rang.');
  });

  it('says near Save, and on the cover, that no names are hidden when the therapist list is empty', async () => {
    const { user } = showScreen();
    const warning =
      'No names are hidden in this report: your notes go in as you wrote them, and may name people. Add any name you want hidden above.';
    await user.click(screen.getByRole('radio', { name: /^Therapist/ }));
    const list = await screen.findByRole(
      'list',
      { name: 'Names that will be hidden' },
      { timeout: 5000 },
    );
    await within(list).findByText('Priya', { exact: false });
    expect(screen.queryByText(warning)).toBeNull();
    expect(
      screen.getByText(/Names in languages without capital letters need adding by hand\.$/),
    ).toBeTruthy();
    // Where the report can go without anyone sending it: a synced folder.
    expect(
      screen.getByText(
        /goes nowhere unless you send it, or save it in a folder that a service such as Dropbox, iCloud or OneDrive syncs\.$/,
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop hiding Sam' }));
    expect(screen.queryByText(warning)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Stop hiding Priya' }));
    await screen.findByText(warning);
    await previewHtml('No names are hidden in this report');
    // Not at the other levels, where no name was ever promised hidden.
    await user.click(screen.getByRole('radio', { name: /^Full/ }));
    await waitFor(() => expect(screen.queryByText(warning)).toBeNull());
  });

  it('saves a web page where the person chooses, readable by them only, and says so', async () => {
    const { user, files } = showScreen();
    await previewHtml();
    await user.click(screen.getByRole('radio', { name: 'Web page (HTML)' }));
    expect(screen.queryByLabelText('Page size')).toBeNull();
    const target = join(dir, 'for-me.html');
    files.answerSave(target);
    await user.click(screen.getByRole('button', { name: 'Save report…' }));
    await screen.findByText(/Saved for-me\.html\. It holds what you chose to include/, undefined, {
      timeout: 5000,
    });
    expect(files.saveRequests[0]?.defaultName).toMatch(
      /^mending-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.html$/,
    );
    expect(readFileSync(target, 'utf8')).toBe(await previewHtml());
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('prints a PDF on the chosen page size', async () => {
    const sizes: string[] = [];
    const { user, files } = showScreen({
      printPdf: (_html, options) => {
        sizes.push(options.pageSize);
        return Promise.resolve(new TextEncoder().encode('%PDF'));
      },
    });
    await previewHtml();
    await user.selectOptions(screen.getByLabelText('Page size'), 'Letter');
    files.answerSave(join(dir, 'letter'));
    await user.click(screen.getByRole('button', { name: 'Save report…' }));
    await screen.findByText(/Saved letter\.pdf\./, undefined, { timeout: 5000 });
    expect(sizes).toEqual(['Letter']);
  });

  it('takes the "Saved" line away as soon as a choice changes, since it describes another file', async () => {
    const { user, files } = showScreen();
    await previewHtml();
    await user.click(screen.getByRole('radio', { name: 'Web page (HTML)' }));
    const savedLine = /Saved my-report\.html\./;
    const saveWith = async (name: string) => {
      files.answerSave(join(dir, name));
      await user.click(screen.getByRole('button', { name: 'Save report…' }));
      await screen.findByText(savedLine, undefined, { timeout: 5000 });
    };
    const gone = () =>
      waitFor(() => expect(screen.queryByText(savedLine)).toBeNull(), { timeout: 5000 });

    // The privacy level, the case reported.
    await saveWith('my-report.html');
    await user.click(screen.getByRole('radio', { name: /^Full/ }));
    await gone();
    // Coming back to the same level does not bring back a line about an earlier file.
    await user.click(screen.getByRole('radio', { name: /^Summary/ }));
    await previewHtml('Privacy: Summary.');
    expect(screen.queryByText(savedLine)).toBeNull();

    // The rest of its kind: the period, the format and the page size.
    await saveWith('my-report.html');
    await user.click(screen.getByRole('radio', { name: 'Last year' }));
    await gone();
    await saveWith('my-report.html');
    await user.click(screen.getByRole('radio', { name: 'PDF document' }));
    await gone();
  });

  it('takes "Nothing was saved" away too once a choice changes', async () => {
    const { user, files } = showScreen();
    await previewHtml();
    await user.click(screen.getByRole('radio', { name: 'Web page (HTML)' }));
    files.answerSave(null);
    await user.click(screen.getByRole('button', { name: 'Save report…' }));
    await screen.findByText('Nothing was saved.', undefined, { timeout: 5000 });
    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    await waitFor(() => expect(screen.queryByText('Nothing was saved.')).toBeNull());
  });

  it('shows a refused period next to the dates, and writes nothing', async () => {
    const { user, files } = showScreen();
    await previewHtml();
    await user.click(screen.getByRole('radio', { name: 'Choose dates' }));
    const from = screen.getByLabelText('From');
    const today = dayOfInstant(
      new Date().toISOString(),
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    fireEvent.change(from, { target: { value: '2099-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: today } });
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
    const messageId = from.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(messageId)?.textContent).toBe(
      'The start date must be on or before the end date.',
    );
    expect(files.saveRequests).toEqual([]);
  });
});
