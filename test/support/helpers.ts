/**
 * Small helpers for browser tests. Kept here so each component's tests read as
 * what a person does: type, submit, switch language.
 */
import { expect } from '@open-wc/testing';
import type { Locale } from '@cydran/i18n';

/** Waits for every Cydran element under `root` to finish rendering. */
export async function settled(root: ParentNode = document): Promise<void> {
  // Two rounds: an update can schedule another (language change → re-render).
  for (let round = 0; round < 2; round++) {
    await new Promise((r) => setTimeout(r, 0));
    const pending = [...root.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('cyd-') && 'updateComplete' in el)
      .map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete);
    await Promise.all(pending);
  }
}

/** Switches `element`'s language and waits for the library to follow. */
export async function switchLanguage(element: HTMLElement, locale: Locale): Promise<void> {
  element.lang = locale;
  await settled(element);
}

/**
 * Tries to submit as a person would (requestSubmit runs native validation).
 * Returns the FormData posted, or null when submission was blocked.
 */
export async function trySubmit(form: HTMLFormElement, submitter?: HTMLElement): Promise<FormData | null> {
  let posted: FormData | null = null;
  const capture = (event: SubmitEvent) => {
    event.preventDefault();
    posted = new FormData(form, event.submitter);
  };
  form.addEventListener('submit', capture, { once: true });
  form.requestSubmit(submitter as HTMLButtonElement | undefined);
  await settled(form);
  form.removeEventListener('submit', capture);
  return posted;
}

/** axe in both languages: the element's language is switched and checked each time. */
export async function expectAccessibleInBothLanguages(element: HTMLElement, languageRoot: HTMLElement = element): Promise<void> {
  for (const locale of ['en', 'cy'] as const) {
    await switchLanguage(languageRoot, locale);
    await expect(element).to.be.accessible();
  }
}
