import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { normaliseLocale } from '@cydran/i18n';
import '../tabs/define.js';
import type { CydTabs } from './tabs.js';

interface TabsArgs {
  /** The panel selected by the story's play step (as the fragment or a click would). */
  selected?: string;
  long?: boolean;
}

/**
 * The panels are the author's HTML, so the story writes them in the
 * toolbar's language (the decorator re-renders on a switch): the Welsh
 * story shows no English.
 */
function renderTabs(args: TabsArgs, context: StoryContext<TabsArgs>) {
  const cy = normaliseLocale(context.globals.locale as string | undefined) === 'cy';
  const say = (en: string, welsh: string) => (cy ? welsh : en);
  return html`<cyd-tabs id=${`story-${context.id}`}>
    <div id=${`${context.id}-day`} data-label="Past day" data-label-cy="Y diwrnod diwethaf">
      <p>${say('3 new applications today.', '3 chais newydd heddiw.')}</p>
    </div>
    <div id=${`${context.id}-week`} data-label="Past week" data-label-cy="Yr wythnos ddiwethaf">
      <p>${say('25 new applications this week.', '25 cais newydd yr wythnos hon.')}</p>
    </div>
    <div id=${`${context.id}-month`}
      data-label=${args.long ? 'Applications received in the past month' : 'Past month'}
      data-label-cy=${args.long ? 'Ceisiadau a ddaeth i law yn ystod y mis diwethaf yn Llanfairpwllgwyngyll' : 'Y mis diwethaf'}>
      <p>${say('89 new applications this month.', '89 cais newydd y mis hwn.')}</p>
    </div>
  </cyd-tabs>`;
}

const meta = {
  title: 'Components/Tabs',
  component: 'cyd-tabs',
  render: renderTabs,
  args: {},
  play: async ({ canvasElement, args, id }) => {
    const tabs = canvasElement.querySelector<CydTabs>('cyd-tabs');
    await tabs?.updateComplete;
    if (args.selected) {
      tabs?.select(`${id}-${args.selected}`);
      // A story is not a page of its own: leave the frame's URL as it was.
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  },
} satisfies Meta<TabsArgs>;

export default meta;
type Story = StoryObj<TabsArgs>;

/** The first tab selected. */
export const Default: Story = {};

/** Another tab selected (by a click, the arrow keys or the URL fragment). */
export const SecondTabSelected: Story = { args: { selected: 'week' } };

/** A long Welsh label wraps the row of tabs on a 320px screen. */
export const LongWelshAtNarrowWidth: Story = {
  args: { long: true, selected: 'month' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};

/** Focus on the selected tab, as after Tab or an arrow key: the focus colour behind its words. */
export const Focused: Story = {
  args: { selected: 'week' },
  play: async (context) => {
    await meta.play(context);
    context.canvasElement.querySelector<HTMLElement>('.cyd-tabs__tab[aria-selected="true"]')?.focus();
  },
};
