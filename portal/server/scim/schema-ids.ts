export const USER_SCHEMA_ID = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA_ID = 'urn:ietf:params:scim:schemas:core:2.0:Group';
