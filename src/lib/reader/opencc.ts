/**
 * OpenCC's Simplified → Traditional converter (opencc-js), Taiwan's standard character
 * forms: OpenCC's `s2tw` (its phrase table chooses between a character's forms, 头发 頭髮,
 * 发现 發現; then Taiwan's variants, 为 為 not 爲, 里 裡 not 裏). Not `s2twp`, whose Taiwan
 * phrases change words (软件 軟體), which would break the pairing of characters with pinyin;
 * not plain `s2t`, whose forms (爲, 衆, 僞) look old to readers in Taiwan and Hong Kong alike.
 *
 * Its tables are about a megabyte: the build imports this (src/lib/server/traditional.ts);
 * in the browser only an imported text shown in Traditional loads it (`import()`), and a
 * shipped document's reading page has its Traditional text from the build.
 */
import { ConverterBuilder } from 'opencc-js/core';
import * as preset from 'opencc-js/preset/cn2t';
import type { Convert } from './script';

/** OpenCC's config: from Mainland Simplified to Taiwan's Traditional forms (`s2tw`). */
export const OPENCC = { from: 'cn', to: 'tw' } as const;

let converter: Convert | undefined;

/** Built on first use (its tables take a moment): importing this costs nothing more. */
export const toTraditional: Convert = (text) =>
	(converter ??= ConverterBuilder(preset)(OPENCC))(text);
