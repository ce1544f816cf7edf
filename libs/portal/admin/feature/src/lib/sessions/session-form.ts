import {
  AbstractControl,
  FormBuilder,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { DEFAULT_FOLLOW_UP_AFTER_DAYS, SESSION_TYPE_DEFAULT_ADMITS, type DemandCategory, type SessionBreak, type SessionMode, type SessionType, type SessionView } from '@scenematch/contracts';
import type { SessionRequest } from '@scenematch/portal/sessions/data-access/sessions.api';
import { requiredText, trimmedLength } from '@scenematch/portal/shared/ui/forms/text-validators';

/** A meeting link, or empty (the API's rule). */
const MEETING_LINK_PATTERN = /^$|^https?:\/\/[^\s/]+\.[^\s]+$/;

/** The API's rules (libs/server/sessions session.dto.ts), checked before sending. */
export const SESSION_RULES = {
  titleMin: 2,
  titleMax: 200,
  venueMax: 200,
  descriptionMax: 5000,
  slotMinutesMin: 5,
  slotMinutesMax: 120,
  slotsMin: 1,
  slotsMax: 48,
  tablesMin: 1,
  tablesMax: 500,
  breakMinutesMin: 5,
  breakMinutesMax: 240,
  breaksMax: 20,
  maxCompaniesMax: 5000,
  maxAgenciesMax: 1000,
} as const;

/** A new session's starting values: a morning of 20-minute meetings. */
export const SESSION_DEFAULTS = {
  slotMinutes: 20,
  slots: 8,
  tables: 10,
  followUpAfterDays: DEFAULT_FOLLOW_UP_AFTER_DAYS,
} as const;

/** The fields that shape the agenda: frozen once it is published. */
export const SHAPE_FIELDS = [
  'startsAt',
  'slotMinutes',
  'slots',
  'tables',
  'breaks',
] as const;

export type BreakGroup = FormGroup<{
  afterSlot: FormControl<number | null>;
  minutes: FormControl<number | null>;
}>;

export function breakGroup(
  fb: FormBuilder,
  value: Partial<SessionBreak> = {},
): BreakGroup {
  return fb.group({
    afterSlot: fb.control<number | null>(value.afterSlot ?? null, [
      Validators.required,
      Validators.min(0),
    ]),
    minutes: fb.control<number | null>(value.minutes ?? 15, [
      Validators.required,
      Validators.min(SESSION_RULES.breakMinutesMin),
      Validators.max(SESSION_RULES.breakMinutesMax),
    ]),
  });
}

function between(min: number, max: number): ValidatorFn[] {
  return [Validators.required, Validators.min(min), Validators.max(max)];
}

/** A break after the last slot (or a repeated one) is refused by the API too. */
const breaksFit: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const slots = group.get('slots')?.value as number | null;
  const breaks = group.get('breaks') as AbstractControl | null;
  if (!breaks || !slots) return null;
  const seen = new Set<number>();
  for (const control of (breaks as unknown as { controls: BreakGroup[] }).controls) {
    const after = control.controls.afterSlot;
    const value = after.value;
    const bad = value !== null && (value >= slots - 1 || seen.has(value));
    if (value !== null) seen.add(value);
    const errors = after.errors ?? {};
    if (bad && !errors['fit']) after.setErrors({ ...errors, fit: true });
    if (!bad && errors['fit']) {
      const rest = { ...errors };
      delete rest['fit'];
      after.setErrors(Object.keys(rest).length ? rest : null);
    }
  }
  return null;
};

/**
 * The session form. Control names are the API's field names (breaks as `breaks.0.afterSlot` …),
 * so that the API's field errors land on the control they concern.
 */
export function createSessionForm(fb: FormBuilder) {
  const form = fb.group(
    {
      title: fb.nonNullable.control('', [
        requiredText,
        trimmedLength(SESSION_RULES.titleMin, SESSION_RULES.titleMax),
      ]),
      venue: fb.nonNullable.control(
        '',
        Validators.maxLength(SESSION_RULES.venueMax),
      ),
      description: fb.nonNullable.control(
        '',
        Validators.maxLength(SESSION_RULES.descriptionMax),
      ),
      startsAt: fb.control<Date | null>(null, Validators.required),
      slotMinutes: fb.control<number | null>(
        SESSION_DEFAULTS.slotMinutes,
        between(SESSION_RULES.slotMinutesMin, SESSION_RULES.slotMinutesMax),
      ),
      slots: fb.control<number | null>(
        SESSION_DEFAULTS.slots,
        between(SESSION_RULES.slotsMin, SESSION_RULES.slotsMax),
      ),
      tables: fb.control<number | null>(
        SESSION_DEFAULTS.tables,
        between(SESSION_RULES.tablesMin, SESSION_RULES.tablesMax),
      ),
      breaks: fb.array<BreakGroup>([]),
      maxCompanies: fb.control<number | null>(null, [
        Validators.min(1),
        Validators.max(SESSION_RULES.maxCompaniesMax),
      ]),
      maxAgencies: fb.control<number | null>(null, [
        Validators.min(1),
        Validators.max(SESSION_RULES.maxAgenciesMax),
      ]),
      sessionType: fb.nonNullable.control<SessionType>('supply_demand'),
      admits: fb.nonNullable.control<DemandCategory[]>(['agency'], Validators.required),
      mode: fb.nonNullable.control<SessionMode>('onsite'),
      onlineLink: fb.nonNullable.control('', [Validators.maxLength(500), Validators.pattern(MEETING_LINK_PATTERN)]),
      /** One link per line, table 1 first (the API takes a list). */
      tableLinks: fb.nonNullable.control(''),
      followUpAfterDays: fb.control<number | null>(DEFAULT_FOLLOW_UP_AFTER_DAYS, [Validators.min(1), Validators.max(1000)]),
    },
    { validators: breaksFit },
  );
  // A new type brings its usual demand side (the organiser may still widen it). Filling the form
  // sets the type before the admitted kinds, so an edited session keeps its own.
  form.controls.sessionType.valueChanges.subscribe((type) => form.controls.admits.setValue([...SESSION_TYPE_DEFAULT_ADMITS[type]]));
  return form;
}

export type SessionForm = ReturnType<typeof createSessionForm>;
export type SessionFormValue = ReturnType<SessionForm['getRawValue']>;

/** Fills the form with a session (for editing). */
export function fillSessionForm(
  form: SessionForm,
  fb: FormBuilder,
  session: SessionView,
): void {
  form.controls.breaks.clear();
  for (const b of session.breaks) form.controls.breaks.push(breakGroup(fb, b));
  form.reset({
    title: session.title,
    venue: session.venue,
    description: session.description,
    startsAt: new Date(session.startsAt),
    slotMinutes: session.slotMinutes,
    slots: session.slots,
    tables: session.tables,
    breaks: session.breaks,
    maxCompanies: session.maxCompanies,
    maxAgencies: session.maxAgencies,
    sessionType: session.sessionType,
    admits: session.admits,
    mode: session.mode,
    onlineLink: session.onlineLink ?? '',
    tableLinks: (session.tableLinks ?? []).join('\n'),
    followUpAfterDays: session.followUpAfterDays,
  });
}

/** The per-table links of the form's text: one a line, blank lines kept for tables without one, trailing ones dropped. */
export function tableLinksOf(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines;
}

/** The body of POST /api/sessions. */
export function toSessionRequest(value: SessionFormValue): SessionRequest {
  return {
    title: value.title.trim(),
    venue: value.venue.trim() || undefined,
    description: value.description.trim() || undefined,
    startsAt: value.startsAt ? value.startsAt.toISOString() : '',
    slotMinutes: value.slotMinutes ?? 0,
    slots: value.slots ?? 0,
    tables: value.tables ?? 0,
    breaks: value.breaks.map((b) => ({
      afterSlot: b.afterSlot ?? -1,
      minutes: b.minutes ?? 0,
    })),
    maxCompanies: value.maxCompanies ?? undefined,
    maxAgencies: value.maxAgencies ?? undefined,
    sessionType: value.sessionType,
    admits: value.admits,
    mode: value.mode,
    onlineLink: value.onlineLink.trim(),
    tableLinks: tableLinksOf(value.tableLinks),
    followUpAfterDays: value.followUpAfterDays ?? DEFAULT_FOLLOW_UP_AFTER_DAYS,
  };
}

/**
 * The body of PATCH /api/sessions/:id: only what differs from the session (a published agenda
 * refuses any of the shape fields, even unchanged). A cleared limit is sent as null.
 */
export function sessionChanges(
  session: SessionView,
  value: SessionFormValue,
): Partial<SessionRequest> {
  const next = toSessionRequest(value);
  const changes: Partial<SessionRequest> = {};
  if (next.title !== session.title) changes.title = next.title;
  if ((next.venue ?? '') !== session.venue) changes.venue = next.venue ?? '';
  if ((next.description ?? '') !== session.description)
    changes.description = next.description ?? '';
  if (
    next.startsAt &&
    new Date(next.startsAt).getTime() !== new Date(session.startsAt).getTime()
  )
    changes.startsAt = next.startsAt;
  if (next.slotMinutes !== session.slotMinutes)
    changes.slotMinutes = next.slotMinutes;
  if (next.slots !== session.slots) changes.slots = next.slots;
  if (next.tables !== session.tables) changes.tables = next.tables;
  const breaks = next.breaks ?? [];
  if (JSON.stringify(breaks) !== JSON.stringify(session.breaks))
    changes.breaks = breaks;
  if ((value.maxCompanies ?? null) !== session.maxCompanies)
    changes.maxCompanies = value.maxCompanies ?? null;
  if ((value.maxAgencies ?? null) !== session.maxAgencies)
    changes.maxAgencies = value.maxAgencies ?? null;
  if (value.sessionType !== session.sessionType) changes.sessionType = value.sessionType;
  if ([...value.admits].sort().join() !== [...session.admits].sort().join()) changes.admits = value.admits;
  if (next.mode !== session.mode) changes.mode = next.mode;
  if ((next.onlineLink ?? '') !== (session.onlineLink ?? '')) changes.onlineLink = next.onlineLink;
  if (JSON.stringify(next.tableLinks) !== JSON.stringify(session.tableLinks ?? [])) changes.tableLinks = next.tableLinks;
  if (next.followUpAfterDays !== session.followUpAfterDays) changes.followUpAfterDays = next.followUpAfterDays;
  return changes;
}
