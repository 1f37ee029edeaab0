import { GROUP_SCHEMA_ID, USER_SCHEMA_ID } from './schema-ids';
import { LIST_RESPONSE_SCHEMA, MAX_RESULTS } from './pagination';

/** RFC 7643 §5–7: what this service provider supports, for IdPs that read it before syncing. */
export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: 'https://datatracker.ietf.org/doc/html/rfc7644',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'The directory token shown once when the directory is created or rotated.', primary: true }],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  const types = [
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'], id: 'User', name: 'User', endpoint: '/Users', schema: USER_SCHEMA_ID, meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` } },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'], id: 'Group', name: 'Group', endpoint: '/Groups', schema: GROUP_SCHEMA_ID, meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` } },
  ];
  return { schemas: [LIST_RESPONSE_SCHEMA], totalResults: types.length, startIndex: 1, itemsPerPage: types.length, Resources: types };
}

const attr = (name: string, extra: Record<string, unknown> = {}) => ({ name, type: 'string', multiValued: false, required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none', ...extra });

export function schemas(baseUrl: string) {
  const list = [
    {
      id: USER_SCHEMA_ID, name: 'User', description: 'A partner member synced from the directory',
      attributes: [
        attr('userName', { required: true, uniqueness: 'server' }),
        attr('externalId', { caseExact: true }),
        attr('displayName'),
        { ...attr('name', { type: 'complex' }), subAttributes: [attr('givenName'), attr('familyName'), attr('formatted', { mutability: 'readOnly' })] },
        { ...attr('emails', { type: 'complex', multiValued: true }), subAttributes: [attr('value'), attr('type'), attr('primary', { type: 'boolean' })] },
        attr('active', { type: 'boolean' }),
        { ...attr('groups', { type: 'complex', multiValued: true, mutability: 'readOnly' }), subAttributes: [attr('value', { mutability: 'readOnly' }), attr('display', { mutability: 'readOnly' })] },
      ],
      meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${USER_SCHEMA_ID}` },
    },
    {
      id: GROUP_SCHEMA_ID, name: 'Group', description: 'A directory group; groups map to partner roles',
      attributes: [
        attr('displayName', { required: true, uniqueness: 'server' }),
        attr('externalId', { caseExact: true }),
        { ...attr('members', { type: 'complex', multiValued: true }), subAttributes: [attr('value', { mutability: 'immutable' }), attr('display', { mutability: 'readOnly' })] },
      ],
      meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${GROUP_SCHEMA_ID}` },
    },
  ].map((s) => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'], ...s }));
  return { schemas: [LIST_RESPONSE_SCHEMA], totalResults: list.length, startIndex: 1, itemsPerPage: list.length, Resources: list };
}
