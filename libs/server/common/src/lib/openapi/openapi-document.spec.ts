import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty } from '@nestjs/swagger';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { CurrentActor, Public, Roles } from '../actor';
import { AcceptsMediaTypes } from '../media-type.guard';
import { ApiCreatedRef, ApiErrors, ApiNoContent, ApiOk, ApiOkPage, ApiUpload } from './api-responses';
import { buildOpenApiDocument } from './openapi-document';

class NoteDto {
  @ApiProperty() text!: string;
}

@Controller('things')
@Roles('admin')
class ThingsController {
  @Get(':id')
  @ApiOk('UserView')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return id;
  }

  @Post(':id/notes')
  @ApiOk('UserView')
  @ApiErrors(409, { 423: 'Locked for a while' })
  note(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: NoteDto) {
    return [id, dto];
  }

  @Post('n/:n/read')
  @HttpCode(204)
  @ApiNoContent()
  read(@Param('n', ParseIntPipe) n: number) {
    return n;
  }

  @Post('import')
  @AcceptsMediaTypes('multipart/form-data')
  @ApiUpload()
  @ApiCreatedRef('UserView')
  upload() {
    return null;
  }
}

@Controller('open')
@ApiBearerAuth()
class OpenController {
  @Get()
  @Public()
  @ApiOkPage('OrganisationSummary')
  list(@CurrentActor({ optional: true }) actor: unknown) {
    return actor;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOk('AuthTokens')
  login(@Body() dto: NoteDto) {
    return dto;
  }

  @Post('enrol')
  @Public()
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOk('MfaSetup')
  enrol() {
    return null;
  }
}

describe('the OpenAPI document completed from the routes', () => {
  let doc: ReturnType<typeof buildOpenApiDocument>;
  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }])],
      controllers: [ThingsController, OpenController],
    }).compile();
    const app = module.createNestApplication(new FastifyAdapter());
    await app.init();
    doc = buildOpenApiDocument(app);
    await app.close();
  });
  const op = (method: 'get' | 'post', path: string) => {
    const operation = doc.paths[path]?.[method];
    if (!operation) throw new Error(`No ${method} ${path} in the document`);
    return operation;
  };
  const codes = (method: 'get' | 'post', path: string) => Object.keys(op(method, path).responses).sort();

  it('asks for the bearer token only where one is needed', () => {
    expect(op('get', '/things/{id}').security).toEqual([{ bearer: [] }]);
    expect(op('post', '/open/login').security).toEqual([]);
    expect(op('get', '/open').security).toEqual([{}, { bearer: [] }]);
    expect(op('post', '/open/enrol').security).toEqual([{ bearer: [] }]);
    expect(doc.components?.securitySchemes?.['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('adds the error answers each route can give', () => {
    expect(codes('get', '/things/{id}')).toEqual(['200', '400', '401', '403', '404', '414', '503']);
    expect(codes('post', '/things/{id}/notes')).toEqual(['201', '400', '401', '403', '404', '409', '413', '414', '423', '503']);
    expect(codes('post', '/open/login')).toEqual(['200', '400', '413', '414', '429', '503']);
    expect(codes('post', '/things/import')).toEqual(['201', '400', '401', '403', '413', '414', '503']);
    expect(op('post', '/things/{id}/notes').responses['423']).toMatchObject({ description: 'Locked for a while' });
    expect(op('get', '/things/{id}').responses['404']).toEqual({ $ref: '#/components/responses/NotFound' });
    expect(doc.components?.responses?.['TooManyRequests']).toMatchObject({ headers: { 'Retry-After': expect.anything() } });
  });

  it('moves the success answer to the status the route answers with', () => {
    expect(op('post', '/things/{id}/notes').responses['201']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/UserView' } } } });
    expect(op('post', '/things/{id}/notes').responses['200']).toBeUndefined();
    expect(op('post', '/things/n/{n}/read').responses['204']).toBeDefined();
  });

  it('types path ids from their pipes', () => {
    expect(op('get', '/things/{id}').parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', schema: { type: 'string', format: 'uuid' } })]);
    expect(op('post', '/things/{id}/notes').parameters).toEqual([expect.objectContaining({ schema: { type: 'string', format: 'uuid' } })]);
    expect(op('post', '/things/n/{n}/read').parameters).toEqual([expect.objectContaining({ schema: { type: 'integer' } })]);
  });

  it('builds pages around the item schema and keeps only the contracts types in use', () => {
    expect(op('get', '/open').responses['200']).toMatchObject({
      content: { 'application/json': { schema: { required: ['items', 'total', 'page', 'pageSize'], properties: { items: { items: { $ref: '#/components/schemas/OrganisationSummary' } } } } } },
    });
    const schemas = Object.keys(doc.components?.schemas ?? {});
    expect(schemas).toEqual(expect.arrayContaining(['UserView', 'OrganisationSummary', 'AuthTokens', 'MfaSetup', 'ApiError', 'NoteDto']));
    expect(schemas).not.toContain('ScenarioView');
    expect(Object.keys(doc.components?.responses ?? {})).not.toContain('Locked');
  });
});
