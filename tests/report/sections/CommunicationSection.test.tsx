// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../src-main/report/report-data';
import { CommunicationSection } from '../../../src-main/report/sections/CommunicationSection';
import { reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render } from './render';

const renderTalk = (data: ReportData) => render(<CommunicationSection data={data} />);

describe('CommunicationSection', () => {
  it('is the same at every level: counts and charts, never a word the person wrote', () => {
    const full = renderTalk(reportFixture('full'));
    expectInert(full);
    expect(renderTalk(reportFixture('summary')).html).toBe(full.html);
    expect(renderTalk(reportFixture('therapist', ['Sam'])).html).toBe(full.html);
    expect(full.html).not.toMatch(/Priya|Sam/);
  });

  it('keeps the heading, the counts and the skills chart together, then draws the rest', () => {
    const { body, text } = renderTalk(reportFixture('summary'));
    const keep = body.querySelector('section > .keep');
    expect(keep?.querySelector('h2')?.textContent).toBe('Communication practice');
    expect(keep?.querySelector('figure.chart svg[role="img"]')).not.toBeNull();
    expect(text).toContain(
      '6 conversations logged in this period, with anyone, rehearsals included.',
    );
    expect(text).toContain(
      'How you feel you handled it: you answered 5 times, 3.4 out of 5 on average.',
    );
    expect(text).toContain('How conversations ended, week by week (weeks start on Monday).');
    expect(body.querySelectorAll('svg[role="img"]')).toHaveLength(3);
  });

  it('asks the contact form’s questions and answers them in the second person', () => {
    const { text } = renderTalk(reportFixture('summary'));
    expect(text).toContain('3 contacts with your ex were logged.');
    expect(text).toContain('What brought it about Contacts Co-parenting 3');
    expect(text).toContain('Who reached out first Contacts You did 1 They did 2');
    expect(text).toContain('The tone of each contact with your ex. Hostile contact is hatched.');
  });

  it('says when no contact with the ex was logged, with no tables or tone chart', () => {
    const base = reportFixture('summary');
    const noContact: ReportData = {
      ...base,
      communication: {
        notes: [],
        groups: base.communication.groups.filter((g) => !g.isContactWithEx),
      },
    };
    const { body, text } = renderTalk(noContact);
    expect(text).toContain(
      'Contact with your ex No contact with your ex was logged in this period.',
    );
    expect(body.querySelector('.contact-table')).toBeNull();
    expect(body.querySelectorAll('svg[role="img"]')).toHaveLength(2);
  });

  it('says kindly that nothing was logged, and draws nothing', () => {
    const empty = renderTalk(nothingRecorded('full'));
    expectInert(empty);
    expect(empty.text).toBe(
      'Communication practice No communication practice was logged in this period.',
    );
    expect(empty.body.querySelector('svg')).toBeNull();
  });
});
