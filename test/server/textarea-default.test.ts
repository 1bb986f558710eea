/**
 * The textarea's default text is a value set on one kept element, not part
 * of the template (which kept every different default in the server's memory
 * for ever). In the browser that must still mean: the default is the
 * textarea's text, a leading newline survives, a new default never replaces
 * what the person typed, and reset restores the latest default.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@cydran/components/textarea';
import '@cydran/components/character-count';
import { settled } from '../support/helpers.js';

interface TextareaHost extends HTMLElement {
  controls: HTMLElement[];
  updateComplete: Promise<boolean>;
}

function textareaOf(host: TextareaHost): HTMLTextAreaElement {
  const [control] = host.controls;
  if (!(control instanceof HTMLTextAreaElement)) throw new Error(`${host.localName} rendered no textarea`);
  return control;
}

async function typeInto(textarea: HTMLTextAreaElement, text: string): Promise<void> {
  textarea.focus();
  textarea.select();
  await sendKeys({ type: text });
}

for (const tag of ['cyd-textarea', 'cyd-character-count']) {
  describe(`${tag}: the default text`, () => {
    async function render(value: string): Promise<{ form: HTMLFormElement; host: TextareaHost }> {
      const form = await fixture<HTMLFormElement>(html`<form lang="cy"></form>`);
      form.innerHTML = `<${tag} name="details" label="Details" label-cy="Manylion" maxlength="500"></${tag}>`;
      const host = form.querySelector<TextareaHost>(tag)!;
      host.setAttribute('value', value);
      await settled(form);
      return { form, host };
    }

    it('is the textarea’s text, with a leading newline kept', async () => {
      const { host } = await render('\nLine one\nLine <two> & "three"');
      const textarea = textareaOf(host);
      expect(textarea.defaultValue).to.equal('\nLine one\nLine <two> & "three"');
      expect(textarea.value).to.equal('\nLine one\nLine <two> & "three"');
      expect(textarea.textContent).to.equal('\nLine one\nLine <two> & "three"');
    });

    it('changes without replacing what the person typed, in the same textarea, and reset restores the new default', async () => {
      const { form, host } = await render('First');
      const textarea = textareaOf(host);
      await typeInto(textarea, 'Typed by the person');
      host.setAttribute('value', 'Second');
      host.setAttribute('error', 'Enter more detail');
      host.setAttribute('error-cy', 'Rhowch fwy o fanylion');
      await settled(form);
      expect(textareaOf(host)).to.equal(textarea);
      expect(textarea.value).to.equal('Typed by the person');
      expect(textarea.defaultValue).to.equal('Second');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      form.reset();
      expect(textarea.value).to.equal('Second');
    });

    it('follows a new default while nothing has been typed', async () => {
      const { form, host } = await render('First');
      host.setAttribute('value', 'Second');
      await settled(form);
      expect(textareaOf(host).value).to.equal('Second');
    });
  });
}
