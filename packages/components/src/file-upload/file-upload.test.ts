import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../file-upload/define.js';
import type { CydFileUpload } from './file-upload.js';
import { formatFileSize } from './file-upload.template.js';
import { formControlSuite } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const fileOf = (name: string, bytes = 10, type = '') => new File(['x'.repeat(bytes)], name, { type });
const statusOf = (el: CydFileUpload) => el.querySelector('.cyd-file-upload__status')!;
const inputOf = (el: CydFileUpload) => el.controls[0] as HTMLInputElement;
const zoneOf = (el: CydFileUpload) => el.querySelector<HTMLElement>('.cyd-file-upload__dropzone')!;

function drag(target: Element, type: 'dragenter' | 'dragover' | 'drop' | 'dragleave', files: File[] = []) {
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer });
  target.dispatchEvent(event);
  return event;
}

async function uploadForm(attrs: { accept?: string; maxSize?: number; multiple?: boolean; lang?: string } = {}) {
  const form = await fixture<HTMLFormElement>(html`<form lang=${attrs.lang ?? 'en'} method="post" enctype="multipart/form-data">
    <cyd-file-upload name="evidence" label="Upload evidence" label-cy="Lanlwytho tystiolaeth"
      accept=${ifDefined(attrs.accept)} max-size=${ifDefined(attrs.maxSize)} ?multiple=${attrs.multiple ?? false}></cyd-file-upload></form>`);
  await settled(form);
  return { form, el: form.querySelector('cyd-file-upload')! };
}

formControlSuite({
  tag: 'cyd-file-upload',
  answer: async (el, value) => {
    (el as unknown as CydFileUpload).setFiles([fileOf(value)]);
    await (el as unknown as CydFileUpload).updateComplete;
  },
  validAnswer: 'cynllun-llawr.pdf',
  requiredMessage: { en: 'Select a file', cy: 'Dewiswch ffeil' },
  role: 'button',
  defaultAnswer: { notApplicable: 'browsers do not let a page choose files, so a file input has no default' },
  scriptedAnswer: { notApplicable: 'value can only be set to "" on a file input; setFiles() is tested with the control' },
  answerKeepsFocus: false,
  describedAlsoBy: { en: 'No file chosen', cy: 'Dim ffeil wedi’i dewis' },
});

describe('cyd-file-upload', () => {
  it('says what is chosen in the element’s language, never the browser’s', async () => {
    const { form, el } = await uploadForm({ lang: 'cy', multiple: true });
    expect(statusOf(el).textContent).to.equal('Dim ffeil wedi’i dewis');
    expect(el.querySelector('.cyd-file-upload__button')!.textContent).to.equal('Dewis ffeiliau');
    expect(inputOf(el).getAttribute('aria-describedby')!.split(' ')).to.include(statusOf(el).id);
    el.setFiles([fileOf('a.pdf')]);
    await settled(form);
    expect(statusOf(el).textContent).to.equal('a.pdf');
    const expected: Record<number, string> = { 2: '2 ffeil wedi’u dewis', 3: '3 ffeil wedi’u dewis', 6: '6 ffeil wedi’u dewis', 7: '7 ffeil wedi’u dewis' };
    for (const [n, text] of Object.entries(expected)) {
      el.setFiles(Array.from({ length: Number(n) }, (_, i) => fileOf(`f${i}.pdf`)));
      await settled(form);
      expect(statusOf(el).textContent).to.equal(text);
    }
    await switchLanguage(form, 'en');
    expect(statusOf(el).textContent).to.equal('7 files chosen');
    expect(el.querySelector('.cyd-file-upload__button')!.textContent).to.equal('Choose files');
  });

  it('takes a dropped file through DataTransfer, showing the drop state while dragging', async () => {
    const { form, el } = await uploadForm();
    const zone = zoneOf(el);
    const over = drag(inputOf(el), 'dragover', [fileOf('plan.pdf')]);
    expect(over.defaultPrevented, 'the zone accepts the drop').to.equal(true);
    await settled(form);
    expect(zoneOf(el).classList.contains('cyd-file-upload__dropzone--dragging')).to.equal(true);
    let changed = 0;
    el.addEventListener('change', () => changed++);
    const drop = drag(inputOf(el), 'drop', [fileOf('plan.pdf'), fileOf('second.pdf')]);
    expect(drop.defaultPrevented, 'the browser does not open the file').to.equal(true);
    await settled(form);
    expect(zone.classList.contains('cyd-file-upload__dropzone--dragging')).to.equal(false);
    expect(
      el.files.map((f) => f.name),
      'one file only, as not multiple',
    ).to.deep.equal(['plan.pdf']);
    expect(changed).to.equal(1);
    expect(statusOf(el).textContent).to.equal('plan.pdf');
    const data = await trySubmit(form);
    expect((data!.get('evidence') as File).name).to.equal('plan.pdf');
  });

  it('clears the drop state when the drag leaves, and ignores drops when disabled', async () => {
    const { form, el } = await uploadForm();
    drag(zoneOf(el), 'dragenter', [fileOf('a.pdf')]);
    await settled(form);
    expect(zoneOf(el).classList.contains('cyd-file-upload__dropzone--dragging')).to.equal(true);
    drag(zoneOf(el), 'dragleave');
    await settled(form);
    expect(zoneOf(el).classList.contains('cyd-file-upload__dropzone--dragging')).to.equal(false);
    el.disabled = true;
    await settled(form);
    drag(zoneOf(el), 'drop', [fileOf('a.pdf')]);
    expect(el.files.length).to.equal(0);
  });

  it('rejects a file of the wrong type with our message in both languages', async () => {
    const { form, el } = await uploadForm({ accept: '.pdf,image/jpeg' });
    expect(inputOf(el).getAttribute('accept'), 'the chooser filters too').to.equal('.pdf,image/jpeg');
    el.setFiles([fileOf('notes.docx', 10, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')]);
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('The selected file must be a PDF or JPEG');
    await switchLanguage(form, 'cy');
    expect(el.errorMessage).to.equal('Rhaid i’r ffeil a ddewiswyd fod yn PDF neu JPEG');
    el.setFiles([fileOf('photo.JPG', 10, 'image/jpeg')]);
    await settled(form);
    expect(el.errorMessage).to.equal('');
    expect(await trySubmit(form)).to.not.equal(null);
  });

  it('rejects a file over max-size, naming the size readably, and an empty file', async () => {
    const { form, el } = await uploadForm({ maxSize: 2 * 1024 * 1024 });
    el.setFiles([fileOf('scan.pdf', 2 * 1024 * 1024 + 1)]);
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('The selected file must be smaller than 2 MB');
    await switchLanguage(form, 'cy');
    expect(el.errorMessage).to.equal('Rhaid i’r ffeil a ddewiswyd fod yn llai na 2 MB');
    el.setFiles([fileOf('empty.pdf', 0)]);
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('Mae’r ffeil a ddewiswyd yn wag');
  });

  it('shows sizes readably in both languages', () => {
    expect(formatFileSize(1, 'en')).to.equal('1 byte');
    expect(formatFileSize(500, 'en')).to.equal('500 bytes');
    expect(formatFileSize(2, 'cy')).to.equal('2 feit');
    expect(formatFileSize(1536, 'cy')).to.equal('1.5 KB');
    expect(formatFileSize(10 * 1024 * 1024, 'en')).to.equal('10 MB');
    expect(formatFileSize(3 * 1024 ** 3, 'cy')).to.equal('3 GB');
  });

  it('takes the author’s message for a reason', async () => {
    const form = await fixture<HTMLFormElement>(html`<form method="post" enctype="multipart/form-data"><cyd-file-upload name="f" label="Photo" accept="image/*"
      messages='{"fileType":{"en":"The photo must be an image","cy":"Rhaid i’r llun fod yn ddelwedd"}}'></cyd-file-upload></form>`);
    const el = form.querySelector('cyd-file-upload')!;
    el.setFiles([fileOf('a.txt', 5, 'text/plain')]);
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('The photo must be an image');
  });

  it('keeps the native input focusable from the keyboard, with a visible focus on our button', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>Before</button><cyd-file-upload name="f" label="Evidence"></cyd-file-upload></div>`);
    const el = wrapper.querySelector('cyd-file-upload')!;
    await settled(wrapper);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(inputOf(el));
    const button = el.querySelector('.cyd-file-upload__button')!;
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    expect(getComputedStyle(inputOf(el)).opacity, 'the browser’s own words are hidden').to.equal('0');
  });

  it('warns when the form would send only the file name', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<form><cyd-file-upload name="f" label="Evidence"></cyd-file-upload></form>`);
      await fixture(html`<form method="post" enctype="multipart/form-data"><cyd-file-upload name="g" label="Evidence"></cyd-file-upload></form>`);
    });
    expect(errors.filter((e) => e.includes('enctype="multipart/form-data"')).length).to.equal(1);
    expect(errors.some((e) => e.includes('name="f"'))).to.equal(true);
  });

  it('fits a 320px screen with long Welsh text, and is accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><cyd-file-upload name="f" label="Evidence"
        label-cy="Lanlwythwch gopi o’ch tystysgrif geni neu’ch tystysgrif mabwysiadu gan Gyngor Bwrdeistref Sirol"></cyd-file-upload></div>`);
      const el = wrapper.querySelector('cyd-file-upload')!;
      await settled(wrapper);
      el.setFiles([fileOf('Tystysgrif_geni_Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch.pdf')]);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
