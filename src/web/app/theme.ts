import {
  Autocomplete,
  Badge,
  type CSSVariablesResolver,
  createTheme,
  FileInput,
  type MantineColorsTuple,
  MultiSelect,
  Notification,
  Select,
  TableScrollContainer,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

// Default orange and green are too light for text on their tinted backgrounds (WCAG AA needs
// 4.5:1); their darkest shades are deepened so light badges stay readable.
const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe8cc',
  '#ffd8a8',
  '#ffc078',
  '#ffa94d',
  '#ff922b',
  '#fd7e14',
  '#f76707',
  '#b84a05',
  '#8f3a04',
];
const green: MantineColorsTuple = [
  '#ebfbee',
  '#d3f9d8',
  '#b2f2bb',
  '#8ce99a',
  '#69db7c',
  '#51cf66',
  '#40c057',
  '#37b24d',
  '#25803a',
  '#1b5e2a',
];
const yellow: MantineColorsTuple = [
  '#fff9db',
  '#fff3bf',
  '#ffec99',
  '#ffe066',
  '#ffd43b',
  '#fcc419',
  '#fab005',
  '#f59f00',
  '#9a6400',
  '#6e4700',
];

type ThemeLabels = { clear: string; close: string };

/** The theme carries translated labels for Mantine's icon-only buttons (clear, close). */
export function buildTheme(labels: ThemeLabels) {
  const clearButtonProps = { 'aria-label': labels.clear };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 8 },
    colors: { orange, green, yellow },
    autoContrast: true,
    defaultRadius: 'md',
    headings: { sizes: { h1: { fontSize: '1.75rem' } } },
    components: {
      // Sentence case reads better in Dutch than Mantine's uppercase badges, and never truncates.
      // A long badge (an agreement with names) wraps within the screen instead of widening it.
      Badge: Badge.extend({
        styles: {
          root: {
            textTransform: 'none',
            overflow: 'visible',
            height: 'auto',
            minHeight: 'var(--badge-height)',
            maxWidth: '100%',
          },
          label: { overflow: 'visible', whiteSpace: 'normal' },
        },
      }),
      // A table wider than the screen scrolls natively in its box, with edge shadows (global.css).
      TableScrollContainer: TableScrollContainer.extend({ defaultProps: { type: 'native' } }),
      Select: Select.extend({ defaultProps: { clearButtonProps } }),
      MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps } }),
      Autocomplete: Autocomplete.extend({ defaultProps: { clearButtonProps } }),
      FileInput: FileInput.extend({ defaultProps: { clearButtonProps } }),
      DateInput: DateInput.extend({ defaultProps: { clearButtonProps } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
        styles: { description: { color: 'var(--mantine-color-gray-7)' } },
      }),
    },
  });
}

/** Muted and error text dark enough for 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6c757d',
    // Light variants (active navigation, light buttons) in the darkest blue for 4.5:1 on their tint.
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-blue-light': 'var(--mantine-color-blue-0)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {},
});
