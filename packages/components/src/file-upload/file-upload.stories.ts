import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../file-upload/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { fileUploadDefinition, fileUploadProps } from './file-upload.template.js';
import type { CydFileUpload } from './file-upload.js';

type FileUploadArgs = StoryArgs<typeof fileUploadProps>;

// In a multipart form, as a real page must be for the file to be sent.
const renderFileUpload = (args: FileUploadArgs) => html`<form method="post" enctype="multipart/form-data" @submit=${(e: Event) => e.preventDefault()}>
  ${elementFromArgs(fileUploadDefinition, args)}
</form>`;

const meta = {
  title: 'Components/File upload',
  component: 'cyd-file-upload',
  render: renderFileUpload,
  argTypes: argTypesFor(fileUploadProps),
  args: { name: 'evidence', label: 'Upload a file', labelCy: 'Lanlwytho ffeil' },
} satisfies Meta<FileUploadArgs>;

export default meta;
type Story = StoryObj<FileUploadArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    hint: 'Your photo may be in your Pictures, Photos, Downloads or Desktop folder',
    hintCy: 'Efallai bod eich llun yn eich ffolder Lluniau, Lawrlwythiadau neu Bwrdd Gwaith',
  },
};

export const PdfOrJpgUpTo2Mb: Story = {
  args: { accept: '.pdf,.jpg,.jpeg', maxSize: 2 * 1024 * 1024, hint: 'PDF or JPG, up to 2 MB', hintCy: 'PDF neu JPG, hyd at 2 MB' },
};

export const MultipleFiles: Story = {
  args: { multiple: true, label: 'Upload your evidence', labelCy: 'Lanlwythwch eich tystiolaeth' },
};

export const WithServerError: Story = {
  args: { error: 'The selected file must be a PDF', errorCy: 'Rhaid i’r ffeil a ddewiswyd fod yn PDF' },
};

/** A file that is too large, chosen and checked: our message, in the page's language. */
export const FileTooLarge: Story = {
  args: { maxSize: 1024 },
  play: async ({ canvasElement }) => {
    const upload = canvasElement.querySelector<CydFileUpload>('cyd-file-upload');
    if (!upload) return;
    await upload.updateComplete;
    upload.setFiles([new File(['x'.repeat(4096)], 'llun-mawr.jpg', { type: 'image/jpeg' })]);
    upload.validate();
    await upload.updateComplete;
  },
};

export const Disabled: Story = {
  args: { disabled: true },
};

/** A file already chosen: its name, not the browser's words. */
export const Prefilled: Story = {
  play: async ({ canvasElement }) => {
    const upload = canvasElement.querySelector<CydFileUpload>('cyd-file-upload');
    if (!upload) return;
    await upload.updateComplete;
    upload.setFiles([new File(['%PDF'], 'tystysgrif-geni.pdf', { type: 'application/pdf' })]);
    await upload.updateComplete;
  },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    label: 'Upload a copy of your birth or adoption certificate',
    labelCy: 'Lanlwythwch gopi o’ch tystysgrif geni neu’ch tystysgrif mabwysiadu',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
