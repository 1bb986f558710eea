import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../exit-this-page/define.js';
import type { CydExitThisPage } from './exit-this-page.js';

const SAFE = 'https://www.bbc.co.uk/weather';

/** A story must not leave Storybook: departures are stopped and the overlay stays up to be seen. */
function stayInStorybook(event: Event): void {
  event.preventDefault();
}

const meta = {
  title: 'Components/Exit this page',
  component: 'cyd-exit-this-page',
  render: () => html`<cyd-exit-this-page href=${SAFE} @cyd-exit-this-page=${stayInStorybook}></cyd-exit-this-page>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The button, at the top of the page (press Shift three times in the canvas to try it). */
export const Default: Story = {};

/** After one Shift press: one light on, and screen readers hear "2 more times". */
export const OneShiftPress: Story = {
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<CydExitThisPage>('cyd-exit-this-page')?.updateComplete;
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
  },
};

/** The author's own words, in both languages. */
export const OwnWords: Story = {
  render: () =>
    html`<cyd-exit-this-page href=${SAFE} text="Leave this site" text-cy="Gadael y wefan hon" @cyd-exit-this-page=${stayInStorybook}></cyd-exit-this-page>`,
};

/** Focused, as a keyboard user meets it. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<CydExitThisPage>('cyd-exit-this-page')?.updateComplete;
    canvasElement.querySelector<HTMLElement>('.cyd-exit-this-page__button')?.focus();
  },
};

/** Leaving: the blank overlay that covers the page while the neutral site loads (the departure is stopped here). */
export const Leaving: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CydExitThisPage>('cyd-exit-this-page');
    await element?.updateComplete;
    element?.exitPage();
  },
};
