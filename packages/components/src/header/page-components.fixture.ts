import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { isShown, settled } from '../../../../test/support/helpers.js';

/**
 * The menu button's keyboard model, for the header and the service
 * navigation (a `.fixture.ts` file: for tests only, never shipped): Enter
 * opens, Space closes and opens, Tab goes into the open menu, Escape closes
 * it and puts focus back on the button.
 */
export async function expectMenuKeyboard(root: HTMLElement, button: () => HTMLButtonElement, menu: () => HTMLElement): Promise<void> {
  const settle = () => settled(root);
  button().focus();
  await sendKeys({ press: 'Enter' });
  await settle();
  expect(button().getAttribute('aria-expanded'), 'Enter opens').to.equal('true');
  await sendKeys({ press: 'Space' });
  await settle();
  expect(button().getAttribute('aria-expanded'), 'Space closes').to.equal('false');
  await sendKeys({ press: 'Space' });
  await settle();
  await sendKeys({ press: 'Tab' });
  expect(menu().contains(document.activeElement), 'Tab goes into the open menu').to.equal(true);
  await sendKeys({ press: 'Escape' });
  await settle();
  expect(button().getAttribute('aria-expanded'), 'Escape closes').to.equal('false');
  expect(isShown(menu()), 'the menu is hidden').to.equal(false);
  expect(document.activeElement === button(), 'focus back on the button').to.equal(true);
}
