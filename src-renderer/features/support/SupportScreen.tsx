import { useEffect, useRef, type RefObject } from 'react';
import * as copy from './support-copy';
import './support.css';

/** The part a hash such as `#/support?part=unsafe-contact` asks for, if it names one. */
export function supportPartOf(hash: string): copy.SupportPart | null {
  const query = hash.split('?')[1] ?? '';
  const part = new URLSearchParams(query).get('part');
  return copy.SUPPORT_PARTS.find((p) => p === part) ?? null;
}

function Numbers({
  name,
  numbers,
  showsName,
}: {
  name: string;
  numbers: readonly copy.SupportNumber[];
  showsName: boolean;
}) {
  return (
    <ul className="support-numbers" aria-label={name}>
      {numbers.map((n) => (
        <li key={`${n.number} ${n.where}`}>
          <span className="support-number">{n.number}</span>
          <span>
            {showsName && <span className="support-number-name">{n.name}, </span>}
            {n.where}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Part({
  id,
  title,
  headingRef,
  children,
}: {
  id: copy.SupportPart;
  title: string;
  headingRef: RefObject<Partial<Record<copy.SupportPart, HTMLHeadingElement | null>>>;
  children: React.ReactNode;
}) {
  return (
    <section className="card support-part" aria-labelledby={`support-${id}`}>
      <h2
        id={`support-${id}`}
        tabIndex={-1}
        ref={(el) => {
          headingRef.current[id] = el;
        }}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

const TITLES: Readonly<Record<copy.SupportPart, string>> = {
  emergency: copy.EMERGENCY.title,
  'someone-you-trust': copy.SOMEONE_YOU_TRUST.title,
  'professional-help': copy.PROFESSIONAL_HELP.title,
  'unsafe-contact': copy.UNSAFE_CONTACT.title,
};

/**
 * Support, for a very hard night: someone to talk to, professional help, what to do in an
 * emergency, and what to do when contact with the ex is unsafe. All of it ships with the app; it
 * links to no website. A part named in the address (`?part=`) is brought into view and focused,
 * so a line elsewhere in the app can lead straight to it.
 */
export function SupportScreen() {
  const headings = useRef<Partial<Record<copy.SupportPart, HTMLHeadingElement | null>>>({});

  useEffect(() => {
    const showPart = () => {
      const part = supportPartOf(window.location.hash);
      if (part === null) return;
      const heading = headings.current[part];
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.focus({ preventScroll: true });
    };
    showPart();
    window.addEventListener('hashchange', showPart);
    return () => window.removeEventListener('hashchange', showPart);
  }, []);

  return (
    <section aria-labelledby="support-title" className="screen support">
      <h1 id="support-title">{copy.SUPPORT_TITLE}</h1>
      <p className="lead">{copy.SUPPORT_LEAD}</p>
      <nav aria-label={copy.CONTENTS_NAME} className="support-contents">
        <ul>
          {copy.SUPPORT_PARTS.map((part) => (
            <li key={part}>
              <a href={copy.supportHref(part)}>{TITLES[part]}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Part id="emergency" title={copy.EMERGENCY.title} headingRef={headings}>
        <p className="support-first">{copy.EMERGENCY.now}</p>
        <Numbers
          name={copy.EMERGENCY.numbersName}
          numbers={copy.EMERGENCY.numbers}
          showsName={false}
        />
        <p className="muted">{copy.EMERGENCY.checkLocal}</p>
        <p>{copy.EMERGENCY.notAlone}</p>
      </Part>

      <Part id="someone-you-trust" title={copy.SOMEONE_YOU_TRUST.title} headingRef={headings}>
        <p>{copy.SOMEONE_YOU_TRUST.askIsFine}</p>
        <p>{copy.SOMEONE_YOU_TRUST.wordsIntro}</p>
        <ul className="support-words">
          {copy.SOMEONE_YOU_TRUST.words.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
        <p>{copy.SOMEONE_YOU_TRUST.ifNoAnswer}</p>
      </Part>

      <Part id="professional-help" title={copy.PROFESSIONAL_HELP.title} headingRef={headings}>
        <p>{copy.PROFESSIONAL_HELP.doctor}</p>
        <p>{copy.PROFESSIONAL_HELP.therapist}</p>
        <p>{copy.PROFESSIONAL_HELP.helplinesIntro}</p>
        <Numbers
          name={copy.PROFESSIONAL_HELP.numbersName}
          numbers={copy.PROFESSIONAL_HELP.numbers}
          showsName
        />
        <p className="muted">{copy.PROFESSIONAL_HELP.checkLocal}</p>
      </Part>

      <Part id="unsafe-contact" title={copy.UNSAFE_CONTACT.title} headingRef={headings}>
        <p className="support-first">{copy.UNSAFE_CONTACT.safetyFirst}</p>
        <p>{copy.UNSAFE_CONTACT.danger}</p>
        <p>{copy.UNSAFE_CONTACT.safeCalling}</p>
        <p>{copy.UNSAFE_CONTACT.records}</p>
        <p>{copy.UNSAFE_CONTACT.sharedChildren}</p>
        <p>{copy.UNSAFE_CONTACT.helplinesIntro}</p>
        <Numbers
          name={copy.UNSAFE_CONTACT.numbersName}
          numbers={copy.UNSAFE_CONTACT.numbers}
          showsName
        />
        <p className="muted">{copy.UNSAFE_CONTACT.hours}</p>
        <p className="muted">{copy.UNSAFE_CONTACT.checkLocal}</p>
      </Part>

      <p className="muted support-about">{copy.SUPPORT_HOW_TO_OPEN}</p>
      <p className="muted support-about">{copy.SUPPORT_OFFLINE}</p>
    </section>
  );
}
