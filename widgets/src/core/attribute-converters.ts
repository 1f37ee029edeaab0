import type { ComplexAttributeConverter } from 'lit';

/** `compare`, `compare="true"` → true; `compare="false"` → false; absent → the property's default. */
export const booleanish: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== 'false',
  toAttribute: (value) => (value ? '' : 'false'),
};

/** `channels="meta, google"` → ['meta', 'google']. */
export const commaList: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => (value ?? '').split(',').map((part) => part.trim()).filter(Boolean),
  toAttribute: (value) => value.join(','),
};
