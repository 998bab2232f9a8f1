/**
 * What the About view says about the data: the releases and registries the registry reflects,
 * and where to read them (core/registry/sources.ts, whose hosts the main process lets out).
 */
export {
  DATA_SOURCES as SOURCES,
  IANA_HTTP_UPDATED,
  IANA_WEBSOCKET_UPDATED,
  type DataSource as Source,
} from '$core/registry/sources';
export { NEWEST_STARLETTE } from '$core/versions';
