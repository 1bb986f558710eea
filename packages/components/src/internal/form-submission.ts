/**
 * Forms the server validates carry `novalidate` (the GOV.UK pattern): with
 * JavaScript off, the browser then shows no bubble of its own, in its own
 * language, and the server's bilingual errors come back instead. With
 * JavaScript on, `novalidate` also stops the browser checking on submit — so
 * Cydran checks here, through the same path as a validating form:
 * `checkValidity()` fires the native `invalid` event on each invalid control,
 * which each form control and the error summary already handle.
 *
 * One capturing listener per form, shared by its controls, runs before the
 * page's own submit handlers; an invalid submission is stopped before they
 * see it, as native validation would.
 */
const watched = new WeakSet<HTMLFormElement>();

function isCydranControl(element: Element): element is Element & { cydFormControl: true; controls: { checkValidity(): boolean }[] } {
  return (element as { cydFormControl?: unknown }).cydFormControl === true;
}

function onSubmit(event: SubmitEvent): void {
  const form = event.currentTarget as HTMLFormElement;
  const submitter = event.submitter as HTMLButtonElement | HTMLInputElement | null;
  // Without novalidate the browser has already checked; formnovalidate skips checks.
  if (!form.noValidate || submitter?.formNoValidate) return;
  let valid = true;
  for (const element of form.querySelectorAll('*')) {
    if (!isCydranControl(element)) continue;
    for (const control of element.controls) {
      // Fires `invalid` on the control when it fails, like native submission.
      if (!control.checkValidity()) valid = false;
    }
  }
  if (!valid) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}

export function watchFormSubmission(form: HTMLFormElement): void {
  if (watched.has(form)) return;
  watched.add(form);
  form.addEventListener('submit', onSubmit, { capture: true });
}
