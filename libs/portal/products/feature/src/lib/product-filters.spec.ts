import { convertToParamMap } from '@angular/router';
import { productQueryParams } from '@scenematch/portal/products/data-access/products.api';
import {
  filtersToQuery,
  productFilterModel,
  type ProductFilters,
  toggleCapability,
} from './product-filters';

const DEFAULTS = productFilterModel.DEFAULT_FILTERS;

const EVENT = '0b6f1a5e-7c1d-4a8e-9f10-2b3c4d5e6f70';

describe('product filters in the URL', () => {
  it('reads every filter from the query parameters', () => {
    const filters = productFilterModel.filtersFromParams(
      convertToParamMap({
        q: '  影像 诊断 ',
        capability: 'cv,nlp',
        domain: 'healthcare',
        maturity: 'pilot',
        deploymentMode: 'on-premise',
        certification: 'ISO 13485',
        launchEvent: EVENT,
        sort: 'name',
        page: '3',
        pageSize: '24',
      }),
    );
    expect(filters).toEqual<ProductFilters>({
      q: '影像 诊断',
      capabilities: ['cv', 'nlp'],
      domain: 'healthcare',
      maturity: 'pilot',
      deploymentMode: 'on-premise',
      certification: 'ISO 13485',
      launchEvent: EVENT,
      sort: 'name',
      page: 3,
      pageSize: 24,
    });
  });

  it('drops what is malformed instead of sending it to the API', () => {
    expect(
      productFilterModel.filtersFromParams(
        convertToParamMap({
          capability: 'cv,<script>,cv',
          maturity: 'mature',
          launchEvent: 'not-an-id',
          sort: 'random',
          page: '-2',
          pageSize: '1000',
          q: 'x'.repeat(80),
        }),
      ),
    ).toEqual({
      ...DEFAULTS,
      q: 'x'.repeat(50),
      capabilities: ['cv'],
    });
  });

  it('accepts Chinese names (a certification kind) as values', () => {
    const filters = productFilterModel.filtersFromParams(
      convertToParamMap({ certification: '医疗器械注册证（三类）' }),
    );
    expect(filters.certification).toBe('医疗器械注册证（三类）');
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    expect(productFilterModel.filtersToParams(DEFAULTS)).toEqual({});
    const filters: ProductFilters = {
      ...DEFAULTS,
      q: '巡检',
      capabilities: ['cv', 'llm'],
      maturity: 'scaled',
      page: 2,
    };
    const params = productFilterModel.filtersToParams(filters);
    expect(params).toEqual({
      q: '巡检',
      capability: 'cv,llm',
      maturity: 'scaled',
      page: '2',
    });
    expect(productFilterModel.filtersFromParams(convertToParamMap(params))).toEqual(filters);
  });
});

describe('product filters to the API', () => {
  it('asks for the facets and sends lists comma-joined', () => {
    const query = filtersToQuery({
      ...DEFAULTS,
      q: ' 影像 ',
      capabilities: ['cv', 'multimodal'],
      domain: 'healthcare',
      deploymentMode: 'edge',
    });
    expect(query).toMatchObject({
      q: '影像',
      capability: ['cv', 'multimodal'],
      domain: ['healthcare'],
      deploymentMode: ['edge'],
      facets: true,
      page: 1,
      pageSize: 12,
    });
    expect(productQueryParams(query).toString()).toBe(
      'q=%E5%BD%B1%E5%83%8F&capability=cv,multimodal&domain=healthcare&deploymentMode=edge&facets=true&page=1&pageSize=12',
    );
  });

  it('leaves out empty values and false flags', () => {
    expect(
      productQueryParams({ q: '', capability: [], mine: false, page: 1 }).toString(),
    ).toBe('page=1');
  });
});

describe('capability and narrowing', () => {
  it('toggles a capability in and out', () => {
    const withCv = { ...DEFAULTS, capabilities: ['cv'] };
    expect(toggleCapability(withCv, 'nlp')).toEqual(['cv', 'nlp']);
    expect(toggleCapability(withCv, 'cv')).toEqual([]);
  });

  it('knows when anything is filtered, and which words to mark', () => {
    expect(productFilterModel.hasFilters(DEFAULTS)).toBe(false);
    expect(productFilterModel.hasFilters({ ...DEFAULTS, sort: 'name', page: 2 })).toBe(false);
    expect(productFilterModel.hasFilters({ ...DEFAULTS, launchEvent: EVENT })).toBe(true);
    expect(productFilterModel.highlightTerms({ ...DEFAULTS, q: '影像，诊断' })).toEqual([
      '影像',
      '诊断',
    ]);
  });
});
