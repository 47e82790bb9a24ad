/**
 * @module http/openapi
 * The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`.
 */

const error = { $ref: '#/components/responses/Error' }
const idParam = (name: string, description: string): object => ({ name, in: 'path', required: true, description, schema: { type: 'string', maxLength: 512 } })
const json = (schema: object, description: string): object => ({ description, content: { 'application/json': { schema } } })

/** The OpenAPI document. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'matome API',
    version: '0.1.0',
    description: 'Extractive, cited story digests of Japanese news. Every text unit carries cites: UTF-16 [start, end) spans into the cited article body, or into the article title when the cite has field: "title".',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/healthz': { get: { summary: 'Liveness and store counts', responses: { 200: json({ type: 'object' }, 'ok') } } },
    '/api/stories': {
      get: {
        summary: 'Stories, newest and growing first',
        parameters: [
          { name: 'topic', in: 'query', schema: { type: 'string' } },
          { name: 'entity', in: 'query', description: 'canonical name or surface form', schema: { type: 'string' } },
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: { 200: json({ $ref: '#/components/schemas/StoryList' }, 'stories'), 400: error },
      },
    },
    '/api/topics': { get: { summary: 'Topic labels of the stories', responses: { 200: json({ type: 'object', properties: { topics: { type: 'array', items: { type: 'string' } } } }, 'topics') } } },
    '/api/stories/{id}': {
      get: {
        summary: 'One story with its digest and articles',
        parameters: [idParam('id', 'story id (story:<first article id>)')],
        responses: { 200: json({ type: 'object' }, 'the story'), 400: error, 404: error },
      },
    },
    '/api/stories/{id}/digest': {
      get: {
        summary: 'The digest in one format',
        parameters: [idParam('id', 'story id'), { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'md', 'html', 'seed'], default: 'json' } }],
        responses: { 200: { description: 'the digest (application/json, text/markdown or text/html)' }, 400: error, 404: error },
      },
    },
    '/api/articles/{id}': {
      get: { summary: 'One article with its analysis, stories, cites and duplicate copies', parameters: [idParam('id', 'article id')], responses: { 200: json({ type: 'object' }, 'the article'), 400: error, 404: error } },
    },
    '/api/articles': {
      post: {
        summary: 'Ingest articles (JSONL schema objects), then rebuild stories and digests',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { $ref: '#/components/schemas/ArticleInput' },
                  { type: 'array', items: { $ref: '#/components/schemas/ArticleInput' }, maxItems: 500 },
                  { type: 'object', properties: { articles: { type: 'array', items: { $ref: '#/components/schemas/ArticleInput' } } }, required: ['articles'] },
                ],
              },
            },
          },
        },
        responses: { 200: json({ type: 'object' }, 'per-article results and rejections'), 400: error, 401: error, 403: error, 413: error },
      },
    },
    '/api/entities/{id}': {
      get: { summary: 'A person, organisation or place across stories, with quotes and positions', parameters: [idParam('id', 'canonical name')], responses: { 200: json({ type: 'object' }, 'the entity'), 400: error, 404: error } },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over titles and bodies',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { 200: json({ type: 'object' }, 'hits with their stories'), 400: error },
      },
    },
    '/stories.atom': { get: { summary: 'Atom feed of all stories', responses: { 200: { description: 'application/atom+xml' } } } },
    '/stories/{id}.atom': { get: { summary: 'Atom feed of one story (one entry per source)', parameters: [idParam('id', 'story id')], responses: { 200: { description: 'application/atom+xml' }, 404: error } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of $MATOME_TOKEN' } },
    responses: {
      Error: json({ $ref: '#/components/schemas/Error' }, 'an error with its code (http/bad-request, http/not-found, http/unauthorized …)'),
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
      },
      ArticleInput: {
        type: 'object',
        required: ['body'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          body: { type: 'string', description: '"text" is accepted as a synonym' },
          publishedAt: { type: 'string', description: 'ISO 8601 date or date-time (a bare date is Asia/Tokyo)' },
          source: { type: 'string' },
          url: { type: 'string', format: 'uri' },
        },
      },
      StoryListItem: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          headline: { type: 'string' },
          title: { type: 'string' },
          articleCount: { type: 'integer' },
          sourceCount: { type: 'integer' },
          sources: { type: 'array', items: { type: 'string' } },
          firstPublishedAt: { type: ['string', 'null'] },
          lastPublishedAt: { type: ['string', 'null'] },
          recentArticles: { type: 'integer' },
          growing: { type: 'boolean' },
          topEntities: { type: 'array', items: { type: 'object', properties: { canonical: { type: 'string' }, type: { type: 'string' }, articles: { type: 'integer' } } } },
          topic: { type: 'string' },
          backgroundCount: { type: 'integer' },
          updatedAt: { type: 'string' },
        },
      },
      StoryList: {
        type: 'object',
        properties: { total: { type: 'integer' }, stories: { type: 'array', items: { $ref: '#/components/schemas/StoryListItem' } } },
      },
    },
  },
} as const
