/** Media and statement types shared by the sign door and the verify door. */

/** The DSSE payload type of in-toto statements. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** in-toto Statement v0.1, which cosign's `attest-blob` still writes. */
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
