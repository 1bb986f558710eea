import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byTag, oneByTag, parseHTML, queryAll, textOf } from '../../../../test/support/html.js';

describe('cyd-password-input server render', () => {
  it('renders a password field with no toggle, since it could not work with JavaScript off', () => {
    const root = parseHTML(
      renderElement('cyd-password-input', { name: 'password', label: 'Password', 'label-cy': 'Cyfrinair', autocomplete: 'new-password' }, { locale: 'cy' }),
    );
    const label = oneByTag(root, 'label');
    expect([attrs(label), textOf(label)]).to.deep.equal([{ class: 'cyd-label', for: 'password' }, 'Cyfrinair']);
    expect(attrs(oneByTag(root, 'input'))).to.include({
      id: 'password',
      name: 'password',
      type: 'password',
      autocomplete: 'new-password',
      spellcheck: 'false',
      autocapitalize: 'none',
    });
    expect(byTag(root, 'button')).to.deep.equal([]);
    expect(queryAll(root, (element) => attr(element, 'aria-live') !== undefined)).to.deep.equal([]);
  });

  it('never writes a password into the HTML, the element’s own attributes included', () => {
    for (const html of [
      renderElement('cyd-password-input', { name: 'password', label: 'Password', value: 'secret' }),
      expandHTML('<form><cyd-password-input name="password" label="Password" value="secret"></cyd-password-input></form>'),
    ]) {
      const root = parseHTML(html);
      expect(oneByTag(root, 'input').attributes.has('value')).to.equal(false);
      const everything = queryAll(root, () => true);
      expect(
        everything
          .flatMap((element) => [...element.attributes.values()])
          .concat(textOf(root))
          .filter((written) => written.includes('secret')),
      ).to.deep.equal([]);
    }
  });
});
