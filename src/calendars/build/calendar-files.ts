// The statutory calendar files, in one list. JSON imports are typed loosely by TypeScript; the
// shape is checked by checkCalendarFile (test/calendars/calendar-data.test.ts).
import type { CalendarFile } from '../data-format.js';
import at from '../data/at.json' with { type: 'json' };
import de from '../data/de.json' with { type: 'json' };
import eu from '../data/eu.json' with { type: 'json' };
import fr from '../data/fr.json' with { type: 'json' };
import gb from '../data/gb.json' with { type: 'json' };
import gr from '../data/gr.json' with { type: 'json' };
import ie from '../data/ie.json' with { type: 'json' };
import it from '../data/it.json' with { type: 'json' };
import lu from '../data/lu.json' with { type: 'json' };
import nl from '../data/nl.json' with { type: 'json' };

export const CALENDAR_FILES = [eu, fr, it, gr, gb, nl, at, de, ie, lu] as readonly unknown[] as readonly CalendarFile[];
