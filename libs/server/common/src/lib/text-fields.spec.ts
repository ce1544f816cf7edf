import { Transform, plainToInstance } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength, validateSync } from 'class-validator';
import { trimText } from './dto-transforms';
import { flattenValidationErrors } from './field-errors';
import { OptionalText, RequiredText } from './text-fields';

class NoteDto {
  @OptionalText(5, { tooLong: '备注不超过 5 字', notText: '备注应为文字' })
  note?: string;
}

class PlainDto {
  @OptionalText(5)
  note?: string;
}

/** The stacks `OptionalText` stands for, written out. */
class NoteStackDto {
  @IsOptional() @Transform(trimText) @IsString({ message: '备注应为文字' }) @MaxLength(5, { message: '备注不超过 5 字' })
  note?: string;
}

class PlainStackDto {
  @IsOptional() @Transform(trimText) @IsString() @MaxLength(5)
  note?: string;
}

class TitleDto {
  @RequiredText(2, 5, { notText: '请填写名称', length: '名称应为 2–5 个字符' })
  note!: string;
}

class TitleStackDto {
  @Transform(trimText) @IsString({ message: '请填写名称' }) @Length(2, 5, { message: '名称应为 2–5 个字符' })
  note!: string;
}

type Dto = new () => { note?: string };

/** What the global validation pipe does with a body: transform, validate, flatten to field errors. */
function check(dto: Dto, body: object) {
  const value = plainToInstance(dto, body);
  return { note: value.note, errors: flattenValidationErrors(validateSync(value, { whitelist: true, forbidNonWhitelisted: true })) };
}

describe('OptionalText', () => {
  it('trims the text and measures it trimmed', () => {
    expect(check(NoteDto, { note: '  abcde \n' })).toEqual({ note: 'abcde', errors: [] });
  });

  it('accepts the field absent, null or empty', () => {
    expect(check(NoteDto, {})).toEqual({ note: undefined, errors: [] });
    expect(check(NoteDto, { note: null }).errors).toEqual([]);
    expect(check(NoteDto, { note: '   ' })).toEqual({ note: '', errors: [] });
  });

  it('answers text that is too long with the field’s own message', () => {
    expect(check(NoteDto, { note: 'abcdef' }).errors).toEqual([{ field: 'note', message: '备注不超过 5 字' }]);
  });

  it('answers what is not text with the field’s own messages, in the order of the written-out stack', () => {
    expect(check(NoteDto, { note: 12 }).errors).toEqual([
      { field: 'note', message: '备注不超过 5 字' },
      { field: 'note', message: '备注应为文字' },
    ]);
  });

  it('falls back on the generic Chinese messages when the field has none', () => {
    expect(check(PlainDto, { note: 'abcdef' }).errors).toEqual([{ field: 'note', message: '过长' }]);
    expect(check(PlainDto, { note: ['a'] }).errors).toEqual([
      { field: 'note', message: '过长' },
      { field: 'note', message: '应为文本' },
    ]);
  });

  it.each([{}, { note: null }, { note: ' ok ' }, { note: 'abcdef' }, { note: 12 }, { note: ['a'] }, { note: { a: 1 } }, { note: true }])(
    'gives %j the same value and field errors as the stack written out',
    (body) => {
      expect(check(NoteDto, body)).toEqual(check(NoteStackDto, body));
      expect(check(PlainDto, body)).toEqual(check(PlainStackDto, body));
    },
  );
});

describe('RequiredText', () => {
  it('trims the text and measures it trimmed', () => {
    expect(check(TitleDto, { note: ' ab ' })).toEqual({ note: 'ab', errors: [] });
  });

  it('answers a missing field, and what is not text, with the field’s own messages', () => {
    expect(check(TitleDto, {}).errors).toEqual([
      { field: 'note', message: '名称应为 2–5 个字符' },
      { field: 'note', message: '请填写名称' },
    ]);
    expect(check(TitleDto, { note: 7 }).errors).toEqual(check(TitleDto, {}).errors);
  });

  it('answers text too short once trimmed, or too long, with the length message', () => {
    expect(check(TitleDto, { note: '  a  ' }).errors).toEqual([{ field: 'note', message: '名称应为 2–5 个字符' }]);
    expect(check(TitleDto, { note: 'abcdef' }).errors).toEqual([{ field: 'note', message: '名称应为 2–5 个字符' }]);
  });

  it.each([{}, { note: null }, { note: ' ok ' }, { note: ' ' }, { note: 'abcdef' }, { note: 12 }, { note: ['ab'] }, { note: { a: 1 } }])(
    'gives %j the same value and field errors as the stack written out',
    (body) => {
      expect(check(TitleDto, body)).toEqual(check(TitleStackDto, body));
    },
  );
});
