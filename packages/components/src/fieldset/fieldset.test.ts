import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../fieldset/define.js';
import '../text-input/define.js';
import type { CydFieldset } from './fieldset.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

const addressForm = () => html`<form lang="en"><cyd-fieldset legend="What is your address?" legend-cy="Beth yw eich cyfeiriad?"
    legend-size="l" hint="Your home address" hint-cy="Eich cyfeiriad cartref" fieldset-id="address">
    <cyd-text-input name="line1" label="Address line 1" label-cy="Llinell 1 y cyfeiriad" autocomplete="address-line1"></cyd-text-input>
    <cyd-text-input name="postcode" label="Postcode" label-cy="Cod post" autocomplete="postal-code" width="10"></cyd-text-input>
  </cyd-fieldset><button>Continue</button></form>`;

describe('cyd-fieldset', () => {
  it('groups nested fields under a bilingual legend, described by its hint', async () => {
    const form = await fixture<HTMLFormElement>(addressForm());
    await settled(form);
    const fieldset = form.querySelector('fieldset')!;
    const legend = fieldset.querySelector('legend')!;
    expect(legend.textContent!.trim()).to.equal('What is your address?');
    expect(legend.classList.contains('cyd-fieldset__legend--l')).to.equal(true);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('address-hint');
    expect(fieldset.querySelector('#address-hint')!.textContent).to.equal('Your home address');
    expect(fieldset.querySelectorAll('cyd-text-input').length, 'the fields are inside the native fieldset').to.equal(2);
    // The group's accessible name comes from a legend that is the fieldset's
    // first child. (Chromium's pruned accessibility snapshot omits groups.)
    expect(fieldset.firstElementChild, 'the legend names the group').to.equal(legend);
    await switchLanguage(form, 'cy');
    expect(legend.textContent!.trim()).to.equal('Beth yw eich cyfeiriad?');
    expect(form.querySelector('cyd-text-input label')!.textContent).to.equal('Llinell 1 y cyfeiriad');
  });

  it('submits the nested fields and keeps their values through a language switch', async () => {
    const form = await fixture<HTMLFormElement>(addressForm());
    await settled(form);
    const [line1, postcode] = [...form.querySelectorAll<HTMLInputElement>('input')];
    await typeInto(line1!, '1 Heol y Frenhines');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'Tab moves to the next field in the group').to.equal(postcode);
    await sendKeys({ type: 'CF10 1EP' });
    await switchLanguage(form, 'cy');
    const data = await trySubmit(form);
    expect(data!.get('line1')).to.equal('1 Heol y Frenhines');
    expect(data!.get('postcode')).to.equal('CF10 1EP');
  });

  it('keeps what was typed in nested fields when server markup upgrades', async () => {
    const form = await fixture<HTMLFormElement>(addressForm());
    await settled(form);
    const original = form.querySelector('cyd-fieldset')!;
    await typeInto(original.querySelector('input')!, 'Tŷ Hywel');
    // A clone is a server render to the browser: the host tags with their
    // rendered markup inside and the person's input in the native controls.
    const serverLike = original.cloneNode(true) as CydFieldset;
    original.replaceWith(serverLike);
    await settled(form);
    expect(serverLike.querySelectorAll('[data-cyd-root]').length, 'one render each: fieldset and two fields').to.equal(3);
    expect(serverLike.querySelectorAll('fieldset').length).to.equal(1);
    expect(new FormData(form).get('line1')).to.equal('Tŷ Hywel');
    const input = serverLike.querySelector<HTMLInputElement>('input[name=line1]')!;
    expect(input.closest('cyd-text-input')!.querySelector('label')!.getAttribute('for')).to.equal(input.id);
  });

  it('spaces its fields apart, with no extra space after the last (also in error)', async () => {
    for (const error of [undefined, 'Enter your address']) {
      const form = await fixture<HTMLFormElement>(addressForm());
      const fieldset = form.querySelector('cyd-fieldset')!;
      if (error) fieldset.error = error;
      await settled(form);
      const [first, last] = [...form.querySelectorAll('cyd-text-input .cyd-form-group')].map((group) => parseFloat(getComputedStyle(group).marginBottom));
      expect(first, `space below the first field${error ? ' (in error)' : ''}`).to.be.greaterThan(15);
      expect(last, 'no space added below the last field').to.equal(0);
    }
  });

  it('sizes its legend by legend-size: each size larger than the one before, the page heading’s h1 too', async () => {
    const sizes: number[] = [];
    // s is the body size in bold (as GOV.UK's), so the sizes compared are the larger ones.
    for (const size of [undefined, 'm', 'l', 'xl']) {
      const fieldset = await fixture<CydFieldset>(
        html`<cyd-fieldset legend="Your address" legend-size=${size ?? ''} ?is-page-heading=${size === 'l'}></cyd-fieldset>`,
      );
      await settled(fieldset);
      const legend = fieldset.querySelector('legend')!;
      sizes.push(parseFloat(getComputedStyle(legend.querySelector('h1') ?? legend).fontSize));
    }
    for (let i = 1; i < sizes.length; i++) expect(sizes[i], `size ${i} of ${sizes.join(', ')}`).to.be.greaterThan(sizes[i - 1]!);
  });

  it('puts the legend in the page’s h1 when it is the page heading', async () => {
    const el = await fixture<CydFieldset>(
      html`<cyd-fieldset legend="Your contact details" legend-cy="Eich manylion cyswllt" legend-size="xl" is-page-heading></cyd-fieldset>`,
    );
    const h1 = el.querySelector('legend h1')!;
    expect(h1.textContent).to.equal('Your contact details');
  });

  it('shows a server error for the group, linked to the fieldset', async () => {
    const el = await fixture<CydFieldset>(
      html`<cyd-fieldset lang="cy" legend="Address" fieldset-id="address" error="Enter your address" error-cy="Rhowch eich cyfeiriad"></cyd-fieldset>`,
    );
    expect(el.querySelector('.cyd-error-message')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Gwall: Rhowch eich cyfeiriad');
    expect(el.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('address-error');
    expect(el.querySelector('.cyd-form-group--error')).to.not.equal(null);
  });

  it('makes a stable id from the legend when none is given', async () => {
    const el = await fixture<CydFieldset>(html`<cyd-fieldset legend="Your contact details" hint="How we reach you"></cyd-fieldset>`);
    expect(el.querySelector('fieldset')!.id).to.equal('cyd-fieldset-your-contact-details');
    expect(el.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('cyd-fieldset-your-contact-details-hint');
  });

  it('reports a missing legend', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-fieldset></cyd-fieldset>`);
    });
    expect(errors.some((e) => e.includes('<cyd-fieldset> has no legend') && e.includes('legend-cy'))).to.equal(true);
  });

  it('fits a 320px screen with a long Welsh legend, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><cyd-fieldset legend="Address" fieldset-id="a" legend-size="xl"
        legend-cy="Cyfeiriad yr eiddo yn Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch yr ydych yn gwneud cais amdano">
        <cyd-text-input name="town" label="Town" label-cy="Tref neu ddinas"></cyd-text-input></cyd-fieldset></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
