import { Body, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProductFileView, ProductPage, ProductView } from '@scenematch/contracts';
import { ActionRoute, Actor, ApiFile, ApiUpload, CreateRoute, CurrentActor, DeleteRoute, Public, ReadRoute, readUploadedFile, ReqMeta, RequestMeta, UpdateRoute } from '@scenematch/server-common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OptionalProductReasonDto, ProductDto, ProductQueryDto, ProductReasonDto, UpdateProductDto } from './dto/product.dto';
import { MAX_BROCHURE_BYTES, MAX_IMAGE_BYTES, ProductFilesService } from './product-files.service';
import { ProductsService } from './products.service';
import { anyId, productId } from './id-pipes';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly files: ProductFilesService,
  ) {}

  @ReadRoute({ public: true, summary: 'The capability list: listed products (search q works on Chinese text); mine=true for a company’s own', ok: 'ProductPage', description: 'One page of products (with the facets when asked)', errors: [{ 403: 'mine=true is for companies; statuses other than listed are for staff' }] })
  list(@Query() query: ProductQueryDto, @CurrentActor({ optional: true }) actor?: Actor): Promise<ProductPage> {
    return this.products.list(query, actor);
  }

  @ReadRoute(':id', { public: true, summary: 'A product (listed ones for anyone; otherwise its company and staff)', ok: 'ProductView' })
  get(@Param('id', productId) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ProductView> {
    return this.products.get(id, actor);
  }

  @CreateRoute({ roles: ['enterprise'], summary: 'Add a product (draft)', created: 'ProductView', errors: [{ 409: 'The company has a product of this name' }] })
  create(@Body() dto: ProductDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductView> {
    return this.products.create(dto, actor, meta);
  }

  @UpdateRoute(':id', { roles: ['enterprise'], summary: 'Edit the own product (only the fields sent change)', ok: 'ProductView', errors: [{ 403: 'Only its company' }, { 409: 'Its status does not allow editing, or the name clashes' }] })
  update(@Param('id', productId) id: string, @Body() dto: UpdateProductDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductView> {
    return this.products.update(id, dto, actor, meta);
  }

  @ActionRoute(':id/submit', { roles: ['enterprise'], summary: 'Submit the own product for review', emptyBody: true, ok: 'ProductView', errors: [{ 403: 'Only its company' }, { 409: 'Its status does not allow this' }] })
  submit(@Param('id', productId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductView> {
    return this.products.transition(id, 'submit', actor, meta);
  }

  @ActionRoute(':id/list', { roles: ['organiser', 'admin', 'enterprise'], summary: 'Accept into the public capability list (organiser)', emptyBody: true, ok: 'ProductView', errors: [{ 403: 'Only staff review products' }, { 409: 'Its status does not allow this' }] })
  listProduct(@Param('id', productId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductView> {
    return this.products.transition(id, 'list', actor, meta);
  }

  @ActionRoute(':id/reject', { roles: ['organiser', 'admin'], summary: 'Turn a submitted product down, with the reason (organiser)', ok: 'ProductView', errors: [{ 409: 'Its status does not allow this' }] })
  reject(@Param('id', productId) id: string, @Body() dto: ProductReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductView> {
    return this.products.transition(id, 'reject', actor, meta, dto.reason);
  }

  @ActionRoute(':id/delist', { roles: ['organiser', 'admin', 'enterprise'], summary: 'Take a product off the capability list (its company or staff), with an optional reason', ok: 'ProductView', errors: [{ 403: 'Only its company or staff' }, { 409: 'Its status does not allow this' }] })
  delist(@Param('id', productId) id: string, @Body() dto: OptionalProductReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductView> {
    return this.products.transition(id, 'delist', actor, meta, dto.reason);
  }

  @ApiUpload({}, `A PNG, JPEG or WebP image (≤ ${MAX_IMAGE_BYTES / 1024 / 1024} MB) or a PDF brochure (≤ ${MAX_BROCHURE_BYTES / 1024 / 1024} MB); the type is read from the content`)
  @CreateRoute(':id/files', { roles: ['enterprise'], summary: 'Attach a screenshot (PNG/JPEG/WebP ≤ 5 MB) or brochure (PDF ≤ 20 MB); type checked by content', created: 'ProductFileView', description: 'The stored file', errors: [{ 403: 'Only its company' }, { 409: 'The product has the most files allowed' }] })
  async addFile(@Param('id', productId) id: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ProductFileView> {
    const file = await readUploadedFile(request, MAX_BROCHURE_BYTES, `文件不能超过 ${MAX_BROCHURE_BYTES / 1024 / 1024} MB`);
    return this.files.add(id, file, actor, meta);
  }

  @Get(':id/files/:fileId')
  @Public()
  @ApiOperation({ summary: 'Download a product file (images inline, PDFs as attachments)' })
  @ApiFile(['image/png', 'image/jpeg', 'image/webp', 'application/pdf'], 'The image (inline) or PDF brochure (attachment)')
  async file(
    @Param('id', productId) id: string,
    @Param('fileId', anyId) fileId: string,
    @Res() reply: FastifyReply,
    @CurrentActor({ optional: true }) actor?: Actor,
  ): Promise<void> {
    const file = await this.files.read(id, fileId, actor);
    reply
      .header('Content-Type', file.mime)
      // Only images are shown in the page; anything else (PDF brochures) is saved, never rendered by the browser here.
      .header('Content-Disposition', `${file.mime.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, max-age=300')
      .send(file.body);
  }

  @DeleteRoute(':id/files/:fileId', { roles: ['enterprise'], summary: 'Remove a file from the own product', errors: [{ 403: 'Only its company' }] })
  removeFile(@Param('id', productId) id: string, @Param('fileId', anyId) fileId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.files.remove(id, fileId, actor, meta);
  }
}
