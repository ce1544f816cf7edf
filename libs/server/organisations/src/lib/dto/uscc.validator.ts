import { USCC_PROBLEM_MESSAGES, usccProblem } from '@scenematch/contracts';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** GB 32100-2015 check with a message naming what is wrong (Chinese). */
export function IsUscc(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isUscc',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && usccProblem(value) === null,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? USCC_PROBLEM_MESSAGES[usccProblem(args.value) ?? 'checkCharacter']
            : '请填写18位统一社会信用代码',
      },
    });
}
