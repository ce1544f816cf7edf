import { Controller, Get, Header, NotFoundException, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import {
  OPEN_DATA_DATASETS,
  OPEN_DATA_RATE_LIMIT_PER_MINUTE,
  OpenAwardPage,
  OpenBatchPage,
  OpenDataDataset,
  OpenDataDumpFormat,
  OpenDataDumpList,
  OpenProductPage,
  OpenScenarioPage,
} from '@scenematch/contracts';
import { ApiFile, ApiOk, Public, ReadRoute } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { OpenDataDumpsService } from './open-data-dumps.service';
import { OpenDataFeedQueryDto } from './open-data.dto';
import { OpenDataService } from './open-data.service';

const FEED_NOTE =
  'Oldest change first, by (updatedAt, id). Start with `updatedSince` (or nothing for everything), then pass each page’s `nextCursor` as `cursor` until `hasMore` is false; keep the last cursor and poll with it later for what changed since. A record that leaves the public set comes once more as `{ id, updatedAt, withdrawn: true }`.';
const RATE = { default: { limit: OPEN_DATA_RATE_LIMIT_PER_MINUTE, ttl: 60_000 } };
const FILE = /^(scenarios|batches|products|awards)\.(csv|xlsx)$/;

/**
 * 开放数据: public, unauthenticated, rate-limited (OPEN_DATA_RATE_LIMIT_PER_MINUTE per address)
 * feeds of the public datasets, and the daily dumps.
 */
@ApiTags('open-data')
@Controller('open-data')
@Public()
@UseGuards(ThrottlerGuard)
@Throttle(RATE)
export class OpenDataController {
  constructor(
    private readonly feeds: OpenDataService,
    private readonly dumps: OpenDataDumpsService,
  ) {}

  @Get('scenarios')
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Published scenarios (场景), in order of change', description: `Scenarios in a public state (published, closed, evaluating, awarded, piloting, accepted); never drafts, submitted, returned or cancelled ones, nor contact details. ${FEED_NOTE}` })
  @ApiOk('OpenScenarioPage')
  scenarios(@Query() query: OpenDataFeedQueryDto): Promise<OpenScenarioPage> {
    return this.feeds.page('scenarios', query);
  }

  @Get('batches')
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Published scenario lists (榜单), in order of change', description: `Batches published or closed; never drafts. ${FEED_NOTE}` })
  @ApiOk('OpenBatchPage')
  batches(@Query() query: OpenDataFeedQueryDto): Promise<OpenBatchPage> {
    return this.feeds.page('batches', query);
  }

  @Get('products')
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Products in the capability list (能力清单), in order of change', description: `Listed products only; a delisted one comes as withdrawn. ${FEED_NOTE}` })
  @ApiOk('OpenProductPage')
  products(@Query() query: OpenDataFeedQueryDto): Promise<OpenProductPage> {
    return this.feeds.page('products', query);
  }

  @Get('awards')
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({
    summary: 'Confirmed awards (揭榜结果), in order of change',
    description: `Awards whose public notice (公示) ended with the award confirmed: winners’ names and awarded amounts as the notice showed them, nothing else of any bid. ${FEED_NOTE}`,
  })
  @ApiOk('OpenAwardPage')
  awards(@Query() query: OpenDataFeedQueryDto): Promise<OpenAwardPage> {
    return this.feeds.page('awards', query);
  }

  @Header('Cache-Control', 'public, max-age=300')
  @ReadRoute('dumps', { summary: 'The daily dumps (CSV with BOM and .xlsx of every dataset) of the last days, newest first', ok: 'OpenDataDumpList' })
  list(): Promise<OpenDataDumpList> {
    return this.dumps.list();
  }

  @Get('dumps/:day/:file')
  @ApiOperation({ summary: 'Download one file of a daily dump: `latest` or a day (YYYY-MM-DD), and `<dataset>.<csv|xlsx>`' })
  @ApiParam({ name: 'day', description: '`latest` or a day (YYYY-MM-DD, Beijing time)', schema: { type: 'string', pattern: '^(latest|\\d{4}-\\d{2}-\\d{2})$', example: 'latest' } })
  @ApiParam({ name: 'file', description: `<dataset>.<format>: dataset ${OPEN_DATA_DATASETS.join(' | ')}, format csv | xlsx`, schema: { type: 'string', pattern: FILE.source, example: 'scenarios.csv' } })
  @ApiFile(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'The file (CSV: UTF-8 with BOM); 404 with a message when no dump has been written yet')
  async download(@Param('day') day: string, @Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const match = FILE.exec(file);
    if (!match || (day !== 'latest' && !/^\d{4}-\d{2}-\d{2}$/.test(day))) {
      throw new NotFoundException(`没有这个文件：请求 /api/open-data/dumps/latest/<数据集>.<csv|xlsx>，数据集为 ${OPEN_DATA_DATASETS.join('、')}`);
    }
    const found = await this.dumps.file(day, match[1] as OpenDataDataset, match[2] as OpenDataDumpFormat);
    reply
      .header('Content-Type', found.mime)
      .header('Content-Length', found.file.size)
      .header('Content-Disposition', `attachment; filename="${found.file.filename}"`)
      .header('Cache-Control', day === 'latest' ? 'public, max-age=300' : 'public, max-age=86400')
      .header('ETag', `"${found.file.sha256}"`)
      .send(found.stream);
  }
}
