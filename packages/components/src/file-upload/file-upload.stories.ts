import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../file-upload.js';
import type { CydFileUpload } from './file-upload.js';

/** The attributes a story sets, each author text in both languages. */
interface FileUploadArgs {
  name: string;
  label: string;
  labelCy: string;
  hint?: string;
  hintCy?: string;
  error?: string;
  errorCy?: string;
  accept?: string;
  maxSize?: number;
  multiple?: boolean;
  required?: boolean;
  disabled?: boolean;
}

// In a multipart form, as a real page must be for the file to be sent.
const renderFileUpload = (args: FileUploadArgs) => html`<form method="post" enctype="multipart/form-data" @submit=${(e: Event) => e.preventDefault()}>
  <cyd-file-upload
    name=${args.name}
    label=${args.label}
    label-cy=${args.labelCy}
    hint=${ifDefined(args.hint)}
    hint-cy=${ifDefined(args.hintCy)}
    error=${ifDefined(args.error)}
    error-cy=${ifDefined(args.errorCy)}
    accept=${ifDefined(args.accept)}
    max-size=${ifDefined(args.maxSize)}
    ?multiple=${args.multiple ?? false}
    ?required=${args.required ?? false}
    ?disabled=${args.disabled ?? false}
  ></cyd-file-upload>
</form>`;

const meta = {
  title: 'Components/File upload',
  component: 'cyd-file-upload',
  render: renderFileUpload,
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
