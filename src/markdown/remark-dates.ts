// Interpret `:date[…]{when=…}` and `:date[…]{hebrew=…}`: a date of the text, placed in time.
//
//   :date[April 1, 1920]{when=1920-04-01}
//   :date[the summer of 1918]{when=1918-summer}
//   :date[the seventh of :term[Av]{ref=av} 5705]{hebrew="7 Av 5705"}
//   :date[:term[Shevat]{ref=shevat} 5703]{hebrew="Shevat 5703" note=shevat5703}
//   :date[Nisan 5703 (April 1943)]{hebrew="13 Nisan 5703" gloss=1943-04}
//   :date[the Armistice]{when=1918-11-11 event=armistice-of-11-november-1918}
//
// `hebrew` is converted with @hebcal/core here, at build time (never typed by hand). `gloss` is the
// Gregorian date the text itself gives beside a Hebrew one; `event` names the event the date dates;
// `note` names the editorial footnote that discusses the date. Where the conversion does not match
// the gloss, or the date does not fall within the event's dates, the mismatch is recorded and shown.
import type { Root } from 'mdast';
import type { Properties } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isDirective, rejectUnknownAttributes, report, requireInline } from './directives.ts';
import {
  conversionText,
  DateSyntaxError,
  formatRange,
  htmlDatetime,
  overlaps,
  parseHebrew,
  parseWhen,
  datesInWords,
  type DateRange,
  type HebrewDate,
} from '../lib/dates.ts';
import type { DateAnnotation } from '../schemas/edition.ts';
import { registryKey, type EntityRegistry } from '../lib/entity-registry.ts';

export interface Options {
  entities: EntityRegistry;
}

export default function remarkDates(options: Options) {
  const { entities } = options;
  return (tree: Root, file: VFile) => {
    const annotations: DateAnnotation[] = (file.data.dateAnnotations = []);
    const footnotes = new Map<string, string>();
    visit(tree, 'footnoteDefinition', (node) => {
      footnotes.set(node.identifier, toString(node));
    });

    visit(tree, (node) => {
      if (!isDirective(node) || node.name !== 'date') return;
      if (!requireInline(file, node)) return;
      rejectUnknownAttributes(file, node, ['when', 'hebrew', 'gloss', 'event', 'note']);
      const attrs = node.attributes ?? {};
      const text = toString(node);
      const fail = (reason: string, rule: string) => {
        report(file, node, reason, rule);
        node.data = { hName: 'span' }; // reported: do not let the unknown-directive check report it again
      };
      if (!text) return fail(':date needs the words of the text in brackets: :date[April 1, 1920]{when=1920-04-01}', 'archive:date-empty');
      if (attrs.when && attrs.hebrew) {
        return fail(
          `:date[${text}] has both \`when\` and \`hebrew\`: give the Hebrew date alone (it is converted) and the text's own Gregorian gloss as \`gloss\``,
          'archive:date-both',
        );
      }
      if (!attrs.when && !attrs.hebrew) {
        return fail(`:date[${text}] needs its date: {when=1920-04-01} (Gregorian) or {hebrew="7 Av 5705"}`, 'archive:date-missing');
      }
      if (attrs.gloss && !attrs.hebrew)
        return fail(`:date[${text}]: \`gloss\` is the Gregorian date beside a Hebrew one; use it with \`hebrew\``, 'archive:date-gloss');

      let range: DateRange;
      let hebrew: HebrewDate | null = null;
      let gloss: DateAnnotation['gloss'] = null;
      try {
        if (attrs.hebrew) {
          hebrew = parseHebrew(attrs.hebrew);
          range = hebrew.gregorian;
        } else range = parseWhen(attrs.when!);
        if (attrs.gloss) gloss = { value: attrs.gloss, range: parseWhen(attrs.gloss) };
      } catch (error) {
        if (!(error instanceof DateSyntaxError)) throw error;
        return fail(`:date[${text}]: ${error.message}`, 'archive:date-syntax');
      }

      if (!hebrew) {
        // the words and `when` must state the same date (`when` is what the words say; a source's error gets a note)
        const stated = datesInWords(text, range).find((d) => !overlaps(d, range));
        if (stated) {
          return fail(
            `:date[${text}]{when=${attrs.when}}: the words say ${formatRange(stated)}, but \`when\` is ${formatRange(range)}: make \`when\` what the words say (a source's own error gets an editorial note)`,
            'archive:date-words',
          );
        }
      }

      const mismatches: string[] = [];
      if (hebrew && gloss && !overlaps(hebrew.gregorian, gloss.range)) {
        mismatches.push(
          `The text glosses ${hebrew.canonical} as ${formatRange(gloss.range)}, but ${conversionText(hebrew)} (converted with @hebcal/core).`,
        );
      }
      let event: string | null = null;
      let eventMismatch = false;
      if (attrs.event) {
        const entity = entities.get(registryKey('event', attrs.event));
        if (!entity?.when) {
          return fail(
            `:date[${text}]{event=${attrs.event}}: no event "${attrs.event}" (expected content/events/${attrs.event}.yaml)`,
            'archive:date-event',
          );
        }
        event = attrs.event;
        const { start, end, source } = entity.when;
        const span = { start: parseWhen(start).start, end: parseWhen(end ?? start).end };
        if (!overlaps(range, span)) {
          eventMismatch = true;
          const dated = end
            ? `lasted from ${formatRange(parseWhen(start))} to ${formatRange(parseWhen(end))}`
            : `took place on ${formatRange(parseWhen(start))}`;
          mismatches.push(
            `The text dates ${entity.name} to ${formatRange(range)}, but it ${dated}${source ? ` (source: ${source})` : ''}.`,
          );
        }
      }
      let note: DateAnnotation['note'] = null;
      if (attrs.note) {
        const label = attrs.note.toLowerCase();
        const noteText = footnotes.get(label);
        if (noteText == null) {
          return fail(`:date[${text}]{note=${attrs.note}}: no editorial note [^${attrs.note}] in this file`, 'archive:date-note');
        }
        note = { label, text: noteText };
      }

      const n = annotations.length + 1;
      annotations.push({ n, label: text, range, when: attrs.when ?? null, hebrew, gloss, event, note, mismatches });

      const datetime = htmlDatetime(range);
      const properties: Properties = {
        className: ['date', ...(hebrew ? ['date-hebrew'] : [])],
        dataDate: String(n),
        ...(datetime ? { dateTime: datetime } : { dataWhen: `${range.start}/${range.end}` }),
      };
      if (hebrew) {
        // the conversion is shown on hover, focus or tap, like an emendation's source reading; its words are the
        // tooltip's aria-label, drawn by CSS generated content (never copied or found with the text)
        const id = `date-note-${n}`;
        Object.assign(properties, { tabIndex: 0, ariaDescribedBy: [id] });
        const words = [
          conversionText(hebrew),
          gloss && !overlaps(hebrew.gregorian, gloss.range) ? ` — not ${formatRange(gloss.range)}, as the text has it` : '',
          eventMismatch ? ` — outside the dates of ${entities.get(registryKey('event', event!))!.name}` : '',
        ].join('');
        node.children.push({
          type: 'emendationPart',
          children: [],
          data: { hName: 'span', hProperties: { className: ['date-note'], id, role: 'tooltip', dataApparatus: '', ariaLabel: words } },
        });
      }
      node.data = { hName: datetime ? 'time' : 'span', hProperties: properties };
    });
  };
}
