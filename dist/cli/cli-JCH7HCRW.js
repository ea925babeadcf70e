import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  EVIDENCE_FILES,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V01,
  PREDICATE_TYPES,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
  keyFingerprint,
  predicate_statement_schema_default,
  publicKeyHint,
  require_dist as require_dist2,
  require_dist2 as require_dist3,
  require_v2,
  validatePredicate,
  validateStatement
} from "./chunk-67KKS43Z.js";
import {
  verifyAuditLog
} from "./chunk-QKDSKTXR.js";
import {
  require_dist
} from "./chunk-2XLE5OA3.js";
import {
  registerSchema,
  validate
} from "./chunk-5WDJNOWP.js";
import "./chunk-YGX6R5VT.js";
import {
  canonicalJson,
  sha256Hex
} from "./chunk-ZLXOS2ZN.js";
import {
  MaestroError,
  describeThrown
} from "./chunk-G6ONNIUE.js";
import {
  __commonJS,
  __require,
  __toESM,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// node_modules/@sigstore/verify/dist/bundle/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist3();
    var DSSESignatureContent = class {
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist3();
    var protobuf_specs_1 = require_dist();
    var HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    };
    var MessageSignatureContent = class {
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/index.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSignedEntity = toSignedEntity2;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist3();
    var dsse_1 = require_dsse();
    var message_1 = require_message();
    function toSignedEntity2(bundle, artifact) {
      const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
      const timestamps = [];
      for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== "0") {
          timestamps.push({
            $case: "transparency-log",
            tlogEntry: entry
          });
        }
      }
      for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      }
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps
      };
    }
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
      }
    };
    var VerificationError = class extends BaseError {
    };
    exports.VerificationError = VerificationError;
    var PolicyError = class extends BaseError {
    };
    exports.PolicyError = PolicyError;
  }
});

// node_modules/@sigstore/verify/dist/trust/filter.js
var require_filter = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
      });
    }
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => {
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
          return false;
        }
        return tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/trust/index.js
var require_trust = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial2;
    var core_1 = require_dist3();
    var protobuf_specs_1 = require_dist();
    var error_1 = require_error();
    var BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0);
    var END_OF_TIME = /* @__PURE__ */ new Date(864e13);
    var filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: function() {
      return filter_1.filterCertAuthorities;
    } });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: function() {
      return filter_1.filterTLogAuthorities;
    } });
    function toTrustMaterial2(root, keys) {
      const keyFinder = typeof keys === "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    function createTLogAuthority(tlogInstance) {
      const keyDetails = tlogInstance.publicKey.keyDetails;
      const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => {
          return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    function keyLocator(keys) {
      return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        }
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: (date) => {
            return (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date;
          }
        };
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/key/certificate.js
var require_certificate = __commonJS({
  "node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error();
    var trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
      let error;
      for (const ca of cas) {
        try {
          const verifier = new CertificateChainVerifier({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          });
          return verifier.verify();
        } catch (err) {
          error = err;
        }
      }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    var CertificateChainVerifier = class {
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]);
        this.timestamp = opts.timestamp;
      }
      verify() {
        const certificatePath = this.sort();
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        }
        return certificatePath;
      }
      sort() {
        const leafCert = this.untrustedCert;
        let paths = this.buildPaths(leafCert);
        paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        }
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        }
        for (let i = 0; i < issuers.length; i++) {
          const issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          const subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++) {
            paths.push([issuer, ...subPaths[j]]);
          }
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        if (certificate.subject.equals(certificate.issuer)) {
          if (certificate.verify()) {
            return [certificate];
          }
        }
        if (certificate.extAuthorityKeyID) {
          keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
        }
        this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier) {
            if (possibleIssuer.extSubjectKeyID) {
              if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                issuers.push(possibleIssuer);
              }
              return;
            }
          }
          if (possibleIssuer.subject.equals(certificate.issuer)) {
            issuers.push(possibleIssuer);
          }
        });
        issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch (ex) {
            return false;
          }
        });
        return issuers;
      }
      checkPath(path) {
        if (path.length < 1) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        }
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        }
        for (let i = path.length - 2; i >= 0; i--) {
          if (!path[i].issuer.equals(path[i + 1].subject)) {
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
          }
        }
        for (let i = 0; i < path.length; i++) {
          const cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            const pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
            }
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
          if (certs[i].equals(certs[j])) {
            certs.splice(j, 1);
            j--;
          }
        }
      }
      return certs;
    }
  }
});

// node_modules/@sigstore/verify/dist/key/sct.js
var require_sct = __commonJS({
  "node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySCTs = verifySCTs;
    var core_1 = require_dist3();
    var error_1 = require_error();
    var trust_1 = require_trust();
    function verifySCTs(cert, issuer, ctlogs) {
      let extSCT;
      const clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext);
          clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT) {
        return [];
      }
      if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
      }
      const preCert = new core_1.ByteStream();
      const issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      const tbs = clone.tbsCertificate.toDER();
      preCert.appendUint24(tbs.length);
      preCert.appendView(tbs);
      return extSCT.signedCertificateTimestamps.map((sct) => {
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        });
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        }
        return sct.logID;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/key/index.js
var require_key = __commonJS({
  "node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyPublicKey = verifyPublicKey;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist3();
    var error_1 = require_error();
    var certificate_1 = require_certificate();
    var sct_1 = require_sct();
    var OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";
    var OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey(hint, timestamps, trustMaterial) {
      const key = trustMaterial.publicKey(hint);
      timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
        }
      });
      return { key: key.publicKey };
    }
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path = [];
      timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      });
      return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    function getSigner(cert) {
      let issuer;
      const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
      if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii");
      } else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii");
      }
      const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
          oid: { id: oid.split(".").map(Number) },
          value: ext.subs[ext.subs.length - 1].value
        };
      });
      const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/policy.js
var require_policy = __commonJS({
  "node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
      }
    }
    function verifyExtensions(policyExtensions, signerExtensions = {}) {
      let key;
      for (key in policyExtensions) {
        if (signerExtensions[key] !== policyExtensions[key]) {
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`
          });
        }
      }
    }
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (const policyOID of policyOIDs) {
        const match2 = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value));
        if (!match2) {
          const oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
      }
    }
    function oidEquals(a, b) {
      if (a === void 0 || b === void 0) {
        return false;
      }
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist3();
    var error_1 = require_error();
    var certificate_1 = require_certificate();
    var trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      const signingTime = timestamp.signingTime;
      timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
      timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      });
      const verified = timestampAuthorities.some((ca) => {
        try {
          verifyTimestampForCA(timestamp, data, ca);
          return true;
        } catch (e) {
          return false;
        }
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
      }
    }
    function verifyTimestampForCA(timestamp, data, ca) {
      const [leaf, ...cas] = ca.certChain;
      const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
      const signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch (e) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/index.js
var require_timestamp = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp;
    var tsa_1 = require_tsa();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
      return {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    function getTLogTimestamp(entry) {
      if (!entry.inclusionPromise) {
        return void 0;
      }
      return {
        type: "transparency-log",
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1e3)
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/dsse.js
var require_dsse2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
          return verifyDSSE001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported dsse version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "dsseV002":
          return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/hashedrekord.js
var require_hashedrekord = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
          return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "hashedRekordV002":
          return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      const tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogDigest, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
    function verifyHashedrekord002TLogBody(spec, content) {
      const tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/intoto.js
var require_intoto = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error();
    function verifyIntotoTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case "0.0.2":
          return verifyIntoto002TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported intoto version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      }
      const tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var require_checkpoint = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist3();
    var error_1 = require_error();
    var CHECKPOINT_SEPARATOR = "\n\n";
    var SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      const inclusionProof = entry.inclusionProof;
      const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
      const checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      }
      return checkpoint;
    }
    function verifySignedNote(signedNote, tlogs) {
      const data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        const tlog = tlogs.find(
          (tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && tlog2.baseURL.match(signature.name)
          // Match the name to the base URL of the tlog
        );
        if (!tlog) {
          return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
      });
    }
    var SignedNote = class _SignedNote {
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        }
        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split + 1);
        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
        const matches = data.matchAll(SIGNATURE_REGEX);
        const signatures = Array.from(matches, (match2) => {
          const [, name, signature] = match2;
          const sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5) {
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          }
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        }
        return new _SignedNote(header, signatures);
      }
    };
    var LogCheckpoint = class _LogCheckpoint {
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
      }
      static fromString(note) {
        const lines = note.trimEnd().split("\n");
        if (lines.length < 3) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        }
        const origin = lines[0];
        const logSize = BigInt(lines[1]);
        const rootHash = Buffer.from(lines[2], "base64");
        const rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});

// node_modules/@sigstore/verify/dist/tlog/merkle.js
var require_merkle = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist3();
    var error_1 = require_error();
    var RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]);
    var RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      const inclusionProof = entry.inclusionProof;
      const logIndex = BigInt(inclusionProof.logIndex);
      const treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      }
      const { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      }
      const innerHashes = inclusionProof.hashes.slice(0, inner);
      const borderHashes = inclusionProof.hashes.slice(inner);
      const leafHash = hashLeaf(entry.canonicalizedBody);
      const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
      }
    }
    function decompInclProof(index, size) {
      const inner = innerProofSize(index, size);
      const border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => {
        if (index >> BigInt(i) & BigInt(1)) {
          return hashChildren(h, acc);
        } else {
          return hashChildren(acc, h);
        }
      }, seed);
    }
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    function bitLength(n) {
      if (n === 0n) {
        return 0;
      }
      return n.toString(2).length;
    }
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/set.js
var require_set = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist3();
    var error_1 = require_error();
    var trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      });
      const verified = validTLogs.some((tlog) => {
        const payload = toVerificationPayload(entry);
        const data = Buffer.from(core_1.json.canonicalize(payload), "utf8");
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
      }
    }
    function toVerificationPayload(entry) {
      const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogBody = verifyTLogBody;
    exports.verifyTLogInclusion = verifyTLogInclusion;
    var v2_1 = require_v2();
    var error_1 = require_error();
    var dsse_1 = require_dsse2();
    var hashedrekord_1 = require_hashedrekord();
    var intoto_1 = require_intoto();
    var checkpoint_1 = require_checkpoint();
    var merkle_1 = require_merkle();
    var set_1 = require_set();
    function verifyTLogBody(entry, sigContent) {
      const { kind, version } = entry.kindVersion;
      const body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      }
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1) {
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    function verifyTLogInclusion(entry, tlogAuthorities) {
      let inclusionVerified = false;
      if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
      }
      if (isTLogEntryWithInclusionProof(entry)) {
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, tlogAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
      }
      if (!inclusionVerified) {
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
      }
      return;
    }
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
  }
});

// node_modules/@sigstore/verify/dist/verifier.js
var require_verifier = __commonJS({
  "node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = void 0;
    var util_1 = __require("util");
    var error_1 = require_error();
    var key_1 = require_key();
    var policy_1 = require_policy();
    var timestamp_1 = require_timestamp();
    var tlog_1 = require_tlog();
    var Verifier2 = class {
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
          this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              if (result) {
                timestamps.push(result);
              }
              break;
            }
          }
        }
        if (containsDupes(timestamps)) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        }
        if (timestamps.length < this.options.timestampThreshold) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`
          });
        }
        return timestamps.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
          case "public-key": {
            return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
          }
          case "certificate": {
            const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
            if (containsDupes(result.scts)) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            }
            if (result.scts.length < this.options.ctlogThreshold) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            }
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries }) {
        let tlogCount = 0;
        tlogEntries.forEach((entry) => {
          tlogCount++;
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
          (0, tlog_1.verifyTLogBody)(entry, content);
        });
        if (tlogCount < this.options.tlogThreshold) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${tlogCount}`
          });
        }
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
        }
      }
      verifyPolicy(policy, identity) {
        if (policy.subjectAlternativeName) {
          (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        if (policy.extensions) {
          (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        if (policy.oids) {
          (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
      }
    };
    exports.Verifier = Verifier2;
    function containsDupes(arr) {
      for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
            return true;
          }
        }
      }
      return false;
    }
  }
});

// node_modules/@sigstore/verify/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: function() {
      return bundle_1.toSignedEntity;
    } });
    var error_1 = require_error();
    Object.defineProperty(exports, "PolicyError", { enumerable: true, get: function() {
      return error_1.PolicyError;
    } });
    Object.defineProperty(exports, "VerificationError", { enumerable: true, get: function() {
      return error_1.VerificationError;
    } });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: function() {
      return trust_1.toTrustMaterial;
    } });
    var verifier_1 = require_verifier();
    Object.defineProperty(exports, "Verifier", { enumerable: true, get: function() {
      return verifier_1.Verifier;
    } });
  }
});

// action/verify/cli.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFile as readFile2, readdir } from "node:fs/promises";
import { basename as basename2, dirname, join } from "node:path";
import { parseArgs } from "node:util";

// action/verify/binding.ts
init_define_MAESTRO_CODE_DIGESTS();
function describeBinding(b) {
  const pr = b.pull_request === null ? "no pull request" : `PR #${b.pull_request.number} (base ${b.pull_request.base_ref} @ ${b.pull_request.base_sha})`;
  return [
    `repository ${b.repository}${b.repository_id === null ? "" : ` (id ${b.repository_id})`}`,
    pr,
    `head ${b.head_sha}`,
    `config ${b.config_sha256 ?? "none"}`,
    `gate material ${b.gate_material_sha256}`,
    `workflow ${b.workflow.ref ?? "none"} (${b.workflow.event ?? "no event"})`,
    `run ${b.run.id} attempt ${b.run.attempt}`,
    `signed at ${b.time}`
  ].join(", ");
}
function expectEqual(c, t, what, signed, expected) {
  if (expected === void 0) return;
  if (signed === expected) c.pass("binding", t, `${what} is ${String(expected)}`);
  else
    c.fail(
      "binding",
      t,
      "VERIFY_BINDING_MISMATCH",
      `the signed verdict is for ${what} ${JSON.stringify(signed)}, expected ${JSON.stringify(expected)}`
    );
}
function checkBinding(verdictSt, verified, input, c) {
  const t = verdictSt.bundle;
  const before = c.list.length;
  const verdict = verdictSt.statement.predicate;
  const b = verdict.binding;
  const repository = input.repository ?? input.policy.repository;
  const subject = input.commit !== void 0 || (input.artifacts ?? []).length > 0;
  if (input.skipBinding === true && (repository === void 0 || !subject)) {
    c.warn(
      "binding",
      t,
      `NOT BOUND (--insecure-skip-binding): ${repository === void 0 ? "no --repository" : ""}${repository === void 0 && !subject ? " and " : ""}${subject ? "" : "no --commit or --artifact"} was given, so this evidence may be for any ${repository === void 0 ? "repository" : "commit"}. The evidence says: ${describeBinding(b)}`
    );
  } else {
    if (repository === void 0)
      c.fail(
        "binding",
        t,
        "VERIFY_BINDING_MISMATCH",
        "no --repository: evidence is bound to the repository it was made for, and a release must say which one it expects"
      );
    if (!subject)
      c.fail(
        "binding",
        t,
        "VERIFY_BINDING_MISMATCH",
        "no --commit or --artifact: evidence is bound to a commit, and a release must say which commit (or artifact) it ships"
      );
  }
  expectEqual(c, t, "repository", b.repository, repository);
  expectEqual(c, t, "head commit", b.head_sha, input.commit);
  const e = input.expect ?? {};
  expectEqual(c, t, "repository id", b.repository_id, e.repositoryId);
  expectEqual(c, t, "pull request", b.pull_request?.number ?? null, e.pullRequest);
  expectEqual(c, t, "base ref", b.pull_request?.base_ref ?? null, e.baseRef);
  expectEqual(c, t, "base commit", b.pull_request?.base_sha ?? null, e.baseSha);
  const inner = [
    ["verdict head_sha", verdict.head_sha, b.head_sha],
    ["verdict repository", verdict.repository, b.repository]
  ];
  const commits = verdictSt.statement.subject.map((s) => s.digest["gitCommit"]).filter((x) => x !== void 0);
  inner.push([
    "the statements\u2019 commit subject",
    commits.length === 1 ? commits[0] : commits,
    b.head_sha
  ]);
  const prov = verified.find((v) => v.statement.predicateType === SLSA_PROVENANCE_V1);
  if (prov !== void 0) {
    const p = prov.statement.predicate;
    const inv = p.runDetails.metadata.invocationId;
    if (inv.includes("/actions/runs/"))
      inner.push([
        "provenance invocationId",
        inv.replace(/^.*\/actions\/runs\//, ""),
        `${b.run.id}/attempts/${b.run.attempt}`
      ]);
  }
  const ext = verdictSt.signature.certificate?.extensions;
  if (ext !== void 0) {
    if (b.workflow.ref !== null && ext.buildSignerURI !== void 0)
      inner.push([
        "certificate Build Signer URI",
        ext.buildSignerURI.replace(/^https?:\/\/[^/]+\//, ""),
        b.workflow.ref
      ]);
    if (ext.sourceRepositoryIdentifier !== void 0)
      inner.push([
        "certificate Source Repository Identifier",
        ext.sourceRepositoryIdentifier,
        b.repository_id
      ]);
    if (ext.runInvocationURI !== void 0)
      inner.push([
        "certificate Run Invocation URI",
        ext.runInvocationURI.replace(/^.*\/actions\/runs\//, ""),
        `${b.run.id}/attempts/${b.run.attempt}`
      ]);
  }
  for (const [what, signed, bound] of inner)
    if (signed !== bound)
      c.fail(
        "binding",
        t,
        "VERIFY_BINDING_MISMATCH",
        `the binding says ${JSON.stringify(bound)}, but ${what} is ${JSON.stringify(signed)}`
      );
  if (input.notBefore !== void 0) {
    const at = Date.parse(b.time);
    if (Number.isNaN(at) || at < input.notBefore.getTime())
      c.fail(
        "freshness",
        t,
        "VERIFY_NOT_FRESH",
        `the evidence was signed at ${b.time}, before --not-before ${input.notBefore.toISOString()}`
      );
    else c.pass("freshness", t, `signed at ${b.time}, not before ${input.notBefore.toISOString()}`);
  }
  if (c.list.slice(before).every((x) => x.ok))
    c.pass("binding", t, `verified binding: ${describeBinding(b)}`);
}

// action/verify/cli-trust.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHash } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import { basename, isAbsolute, relative } from "node:path";

// action/approvals/receipt-check.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/approvals/receipt-verify.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/signing/verify-door.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/signing/trust.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_protobuf_specs = __toESM(require_dist(), 1);
var import_verify = __toESM(require_dist4(), 1);
import { createPublicKey } from "node:crypto";

// node_modules/@sigstore/tuf/seeds.json with { type: 'json' }
var seeds_default = { "https://tuf-repo-cdn.sigstore.dev": { "root.json": "ewogInNpZ25hdHVyZXMiOiBbCiAgewogICAia2V5aWQiOiAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICJzaWciOiAiMzA0NjAyMjEwMGUwNGM5NzA2Mjk5YmU1ZDhjMmIxNGZiNTBiY2Q1YjljMjQxZjEwNTk3MTUzZGZlMjJmOTQzZWZlODk2YjUxNTAwMjIxMDBjZmQ3YjlmMDZhNTkwMDc4NGUzMTJkMDJiOGUzMzZlZGJiM2IyZmFiNjFhYzE0NTUwYjMxMTJiNGY5ZTMzZGY0IgogIH0sCiAgewogICAia2V5aWQiOiAiMjJmNGNhZWM2ZDhlNmY5NTU1YWY2NmIzZDRjM2NiMDZhM2JiMjNmZGM3ZTM5YzkxNmM2MWY0NjJlNmY1MmIwNiIsCiAgICJzaWciOiAiIgogIH0sCiAgewogICAia2V5aWQiOiAiNjE2NDM4MzgxMjViNDQwYjQwZGI2OTQyZjVjYjVhMzFjMGRjMDQzNjgzMTZlYjJhYWE1OGI5NTkwNGE1ODIyMiIsCiAgICJzaWciOiAiMzA0NTAyMjEwMGNjMzA4YWU3ZDM5MGZhNzgyZWUzMzc2ZGRmYWE5Mjk4MzUwMTZlODZkYWQ4MWY2OWUyZGU3ZWMxZTE3NDQzMmUwMjIwNWZiMTk5MDZhMzFjY2UxNDZjMjk2MjQ0NDNjMGQwYzJmMzNlZTgwZGFjMzlkNzIxMTRmOTM5NjA3Y2MyMjkzNyIKICB9LAogIHsKICAgImtleWlkIjogImE2ODdlNWJmNGZhYjgyYjBlZTU4ZDQ2ZTA1Yzk1MzUxNDVhMmM5YWZiNDU4ZjQzZDQyYjQ1Y2EwZmRjZTJhNzAiLAogICAic2lnIjogIjMwNDUwMjIwM2Y4YWZmN2EzMGUwNWE4YzNkOTA0YjY3MWFiMWE2ZTRlOGE2ZjUwOGI3Y2ZhMGM3ODBlNzI5NzZiZWU3YTIyNzAyMjEwMGY2NGM5Yjc2NTUyNmYzNGQ5ZWExNjMzOWNmMjM4ODkzZTFjMzM2OGI0ZjA5MTBhNjFhMWFmMjdkZGEwMWViYjkiCiAgfSwKICB7CiAgICJrZXlpZCI6ICIxODNlNjRmMzc2NzBkYzEzY2EwZDI4OTk1YTMwNTNmMzc0MDk1NGRkY2U0NDMyMWE0MWU0NjUzNGNmNDRlNjMyIiwKICAgInNpZyI6ICIzMDQ1MDIyMDIzNjNjYTI0OWFlZmE2ZDVmNjFjNDA4YTMyY2RkMDc5YjAzNGE3ODg4ZGRmMjEzNmRjNDUxNWVkNGE3Mjg0MTgwMjIxMDBiMDRlY2E0MmJjNTEwY2NiYmY1ZDMwNzgzYWFhOTM2YjFmMTM3Y2E3YTAxN2VlOWQ5MGQzNzEwNDMyZGEwNDI3IgogIH0KIF0sCiAic2lnbmVkIjogewogICJfdHlwZSI6ICJyb290IiwKICAiY29uc2lzdGVudF9zbmFwc2hvdCI6IHRydWUsCiAgImV4cGlyZXMiOiAiMjAyNi0wNi0yMlQxMzoyNzowMVoiLAogICJrZXlzIjogewogICAiMGM4NzQzMmMzYmYwOWZkOTkxODlmZGMzMmZhNWVhZWRmNGU0YTVmYWM3YmFiNzNmYTA0YTJlMGZjNjRhZjZmNSI6IHsKICAgICJrZXlpZF9oYXNoX2FsZ29yaXRobXMiOiBbCiAgICAgInNoYTI1NiIsCiAgICAgInNoYTUxMiIKICAgIF0sCiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVdSaUdyNStqKzNKNVNzSCtadHI1bkUySDJ3TzdcbkJWK25PM3M5M2dMY2ExOHFUT3pIWTFvV3lBR0R5a01Tc0dUVUJTdDlEK0FuMEtmS3NEMm1mU000MlE9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1vbmxpbmUtdXJpIjogImdjcGttczpwcm9qZWN0cy9zaWdzdG9yZS1yb290LXNpZ25pbmcvbG9jYXRpb25zL2dsb2JhbC9rZXlSaW5ncy9yb290L2NyeXB0b0tleXMvdGltZXN0YW1wL2NyeXB0b0tleVZlcnNpb25zLzEiCiAgIH0sCiAgICIxODNlNjRmMzc2NzBkYzEzY2EwZDI4OTk1YTMwNTNmMzc0MDk1NGRkY2U0NDMyMWE0MWU0NjUzNGNmNDRlNjMyIjogewogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVNeHBQT0pDSVo1b3RHNDEwNmZHSnNlRVFpM1Y5XG5wa01ZUTR1eVY5VGoxTTdXSFhJeUxHK2prZnZ1RzBnbFExSlpiUlpaQlYzZ0FSNHNvamRHSElTZW93PT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2kta2V5b3duZXIiOiAiQGxhbmNlIgogICB9LAogICAiMjJmNGNhZWM2ZDhlNmY5NTU1YWY2NmIzZDRjM2NiMDZhM2JiMjNmZGM3ZTM5YzkxNmM2MWY0NjJlNmY1MmIwNiI6IHsKICAgICJrZXlpZF9oYXNoX2FsZ29yaXRobXMiOiBbCiAgICAgInNoYTI1NiIsCiAgICAgInNoYTUxMiIKICAgIF0sCiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRXpCelZPbUhDUG9qTVZMU0kzNjRXaWlWOE5QckRcbjZJZ1J4Vmxpc2t6L3YreTNKRVI1bWNWR2NPTmxpRGNXTUM1SjJsZkhtalBOUGhiNEg3eG04THpmU0E9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAc2FudGlhZ290b3JyZXMiCiAgIH0sCiAgICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFaW5pa1NzQVFtWWtOZUg1ZVlxL0NuSXpMYWFjT1xueGxTYWF3UURPd3FLeS90Q3F4cTV4eFBTSmMyMUs0V0loczlHeU9rS2Z6dWVZM0dJTHpjTUpaNGNXdz09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBib2JjYWxsYXdheSIKICAgfSwKICAgImE2ODdlNWJmNGZhYjgyYjBlZTU4ZDQ2ZTA1Yzk1MzUxNDVhMmM5YWZiNDU4ZjQzZDQyYjQ1Y2EwZmRjZTJhNzAiOiB7CiAgICAia2V5aWRfaGFzaF9hbGdvcml0aG1zIjogWwogICAgICJzaGEyNTYiLAogICAgICJzaGE1MTIiCiAgICBdLAogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUwZ2hyaDkyTHcxWXIzaWRHVjVXcUN0TURCOEN4XG4rRDhoZEM0dzJaTE5JcGxWUm9WR0xza1lhM2doZU15T2ppSjhrUGkxNWFRMi8vN1Arb2o3VXZKUEd3PT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2kta2V5b3duZXIiOiAiQGpvc2h1YWdsIgogICB9LAogICAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiI6IHsKICAgICJrZXlpZF9oYXNoX2FsZ29yaXRobXMiOiBbCiAgICAgInNoYTI1NiIsCiAgICAgInNoYTUxMiIKICAgIF0sCiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRUVYc3ozU1pYRmI4ak1WNDJqNnBKbHlqYmpSOEtcbk4zQndvY2V4cTZMTUliNXFzV0tPUXZMTjE2TlVlZkxjNEhzd09vdW1Sc1ZWYWFqU3BRUzZmb2JrUnc9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAbW5tNjc4IgogICB9CiAgfSwKICAicm9sZXMiOiB7CiAgICJyb290IjogewogICAgImtleWlkcyI6IFsKICAgICAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICAgIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAgICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIiwKICAgICAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCIsCiAgICAgIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiCiAgICBdLAogICAgInRocmVzaG9sZCI6IDMKICAgfSwKICAgInNuYXBzaG90IjogewogICAgImtleWlkcyI6IFsKICAgICAiMGM4NzQzMmMzYmYwOWZkOTkxODlmZGMzMmZhNWVhZWRmNGU0YTVmYWM3YmFiNzNmYTA0YTJlMGZjNjRhZjZmNSIKICAgIF0sCiAgICAidGhyZXNob2xkIjogMSwKICAgICJ4LXR1Zi1vbi1jaS1leHBpcnktcGVyaW9kIjogMzY1MCwKICAgICJ4LXR1Zi1vbi1jaS1zaWduaW5nLXBlcmlvZCI6IDM2NQogICB9LAogICAidGFyZ2V0cyI6IHsKICAgICJrZXlpZHMiOiBbCiAgICAgImU3MWE1NGQ1NDM4MzViYTg2YWRhZDk0NjAzNzljNzY0MWZiODcyNmQxNjRlYTc2NjgwMWExYzUyMmFiYTdlYTIiLAogICAgICIyMmY0Y2FlYzZkOGU2Zjk1NTVhZjY2YjNkNGMzY2IwNmEzYmIyM2ZkYzdlMzljOTE2YzYxZjQ2MmU2ZjUyYjA2IiwKICAgICAiNjE2NDM4MzgxMjViNDQwYjQwZGI2OTQyZjVjYjVhMzFjMGRjMDQzNjgzMTZlYjJhYWE1OGI5NTkwNGE1ODIyMiIsCiAgICAgImE2ODdlNWJmNGZhYjgyYjBlZTU4ZDQ2ZTA1Yzk1MzUxNDVhMmM5YWZiNDU4ZjQzZDQyYjQ1Y2EwZmRjZTJhNzAiLAogICAgICIxODNlNjRmMzc2NzBkYzEzY2EwZDI4OTk1YTMwNTNmMzc0MDk1NGRkY2U0NDMyMWE0MWU0NjUzNGNmNDRlNjMyIgogICAgXSwKICAgICJ0aHJlc2hvbGQiOiAzCiAgIH0sCiAgICJ0aW1lc3RhbXAiOiB7CiAgICAia2V5aWRzIjogWwogICAgICIwYzg3NDMyYzNiZjA5ZmQ5OTE4OWZkYzMyZmE1ZWFlZGY0ZTRhNWZhYzdiYWI3M2ZhMDRhMmUwZmM2NGFmNmY1IgogICAgXSwKICAgICJ0aHJlc2hvbGQiOiAxLAogICAgIngtdHVmLW9uLWNpLWV4cGlyeS1wZXJpb2QiOiA3LAogICAgIngtdHVmLW9uLWNpLXNpZ25pbmctcGVyaW9kIjogNgogICB9CiAgfSwKICAic3BlY192ZXJzaW9uIjogIjEuMCIsCiAgInZlcnNpb24iOiAxNCwKICAieC10dWYtb24tY2ktZXhwaXJ5LXBlcmlvZCI6IDE5NywKICAieC10dWYtb24tY2ktc2lnbmluZy1wZXJpb2QiOiA0NgogfQp9", targets: { "trusted_root.json": "ewogICJtZWRpYVR5cGUiOiAiYXBwbGljYXRpb24vdm5kLmRldi5zaWdzdG9yZS50cnVzdGVkcm9vdCtqc29uO3ZlcnNpb249MC4xIiwKICAidGxvZ3MiOiBbCiAgICB7CiAgICAgICJiYXNlVXJsIjogImh0dHBzOi8vcmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUyRzJZKzJ0YWJkVFY1QmNHaUJJeDBhOWZBRndya0JibUxTR3RrczRMM3FYNnlZWTB6dWZCbmhDOFVyL2l5NTVHaFdQLzlBL2JZMkxoQzMwTTkrUll0dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDEtMTJUMTE6NTM6MjdaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJ3Tkk5YXRRR2x6K1ZXZk82TFJ5Z0g0UVVmWS84VzRSRndpVDVpNVdSZ0IwPSIKICAgICAgfQogICAgfSwKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9sb2cyMDI1LTEucmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNQ293QlFZREsyVndBeUVBdDhybHAxa25Hd2pmYmNYQVlQWUFrbjBYaUx6MXg4TzR0MFlrRWhpZTI0ND0iLAogICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUQyNTUxOSIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjUtMDktMjNUMDA6MDA6MDBaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJ6eEdaRlZ2ZDBGRW1qUjhXckZ3TWRjQUo5dnRhWS9RWGY0NFkxd1VlUDZBPSIKICAgICAgfQogICAgfQogIF0sCiAgImNlcnRpZmljYXRlQXV0aG9yaXRpZXMiOiBbCiAgICB7CiAgICAgICJzdWJqZWN0IjogewogICAgICAgICJvcmdhbml6YXRpb24iOiAic2lnc3RvcmUuZGV2IiwKICAgICAgICAiY29tbW9uTmFtZSI6ICJzaWdzdG9yZSIKICAgICAgfSwKICAgICAgInVyaSI6ICJodHRwczovL2Z1bGNpby5zaWdzdG9yZS5kZXYiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlCK0RDQ0FYNmdBd0lCQWdJVE5Wa0Rab0Npb2ZQRHN5N2RmbTZnZUxidWh6QUtCZ2dxaGtqT1BRUURBekFxTVJVd0V3WURWUVFLRXd4emFXZHpkRzl5WlM1a1pYWXhFVEFQQmdOVkJBTVRDSE5wWjNOMGIzSmxNQjRYRFRJeE1ETXdOekF6TWpBeU9Wb1hEVE14TURJeU16QXpNakF5T1Zvd0tqRVZNQk1HQTFVRUNoTU1jMmxuYzNSdmNtVXVaR1YyTVJFd0R3WURWUVFERXdoemFXZHpkRzl5WlRCMk1CQUdCeXFHU000OUFnRUdCU3VCQkFBaUEySUFCTFN5QTdJaTVrK3BOTzhaRVdZMHlsZW1XRG93T2tOYTNrTCtHWkU1WjVHV2VoTDkvQTliUk5BM1JicnNaNWkwSmNhc3RhUkw3U3A1ZnAvakQ1ZHhxYy9VZFRWbmx2UzE2YW4rMllmc3dlL1F1TG9sUlVDcmNPRTIrMmlBNSt0emQ2Tm1NR1F3RGdZRFZSMFBBUUgvQkFRREFnRUdNQklHQTFVZEV3RUIvd1FJTUFZQkFmOENBUUV3SFFZRFZSME9CQllFRk1qRkhRQkJtaVFwTWxFazZ3MnVTdTFLQnRQc01COEdBMVVkSXdRWU1CYUFGTWpGSFFCQm1pUXBNbEVrNncydVN1MUtCdFBzTUFvR0NDcUdTTTQ5QkFNREEyZ0FNR1VDTUg4bGlXSmZNdWk2dlhYQmhqRGdZNE13c2xtTi9USnhWZS84M1dyRm9td21OZjA1NnkxWDQ4RjljNG0zYTNvelhBSXhBS2pSYXk1L2FqL2pzS0tHSWttUWF0akk4dXVwSHIvK0N4RnZhSldtcFlxTmtMREdSVSs5b3J6aDVoSTJScmN1YVE9PSIKICAgICAgICAgIH0KICAgICAgICBdCiAgICAgIH0sCiAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAic3RhcnQiOiAiMjAyMS0wMy0wN1QwMzoyMDoyOVoiLAogICAgICAgICJlbmQiOiAiMjAyMi0xMi0zMVQyMzo1OTo1OS45OTlaIgogICAgICB9CiAgICB9LAogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly9mdWxjaW8uc2lnc3RvcmUuZGV2IiwKICAgICAgImNlcnRDaGFpbiI6IHsKICAgICAgICAiY2VydGlmaWNhdGVzIjogWwogICAgICAgICAgewogICAgICAgICAgICAicmF3Qnl0ZXMiOiAiTUlJQ0dqQ0NBYUdnQXdJQkFnSVVBTG5WaVZmblUwYnJKYXNtUmtIcm4vVW5mYVF3Q2dZSUtvWkl6ajBFQXdNd0tqRVZNQk1HQTFVRUNoTU1jMmxuYzNSdmNtVXVaR1YyTVJFd0R3WURWUVFERXdoemFXZHpkRzl5WlRBZUZ3MHlNakEwTVRNeU1EQTJNVFZhRncwek1URXdNRFV4TXpVMk5UaGFNRGN4RlRBVEJnTlZCQW9UREhOcFozTjBiM0psTG1SbGRqRWVNQndHQTFVRUF4TVZjMmxuYzNSdmNtVXRhVzUwWlhKdFpXUnBZWFJsTUhZd0VBWUhLb1pJemowQ0FRWUZLNEVFQUNJRFlnQUU4UlZTL3lzSCtOT3Z1RFp5UEladGlsZ1VGOU5sYXJZcEFkOUhQMXZCQkgxVTVDVjc3TFNTN3MwWmlING5FN0h2N3B0UzZMdnZSL1NUazc5OExWZ016TGxKNEhlSWZGM3RIU2FleExjWXBTQVNyMWtTME4vUmdCSnovOWpXQ2lYbm8zc3dlVEFPQmdOVkhROEJBZjhFQkFNQ0FRWXdFd1lEVlIwbEJBd3dDZ1lJS3dZQkJRVUhBd013RWdZRFZSMFRBUUgvQkFnd0JnRUIvd0lCQURBZEJnTlZIUTRFRmdRVTM5UHB6MVlrRVpiNXFOanBLRldpeGk0WVpEOHdId1lEVlIwakJCZ3dGb0FVV01BZVg1RkZwV2FwZXN5UW9aTWkwQ3JGeGZvd0NnWUlLb1pJemowRUF3TURad0F3WkFJd1BDc1FLNERZaVpZRFBJYURpNUhGS25meFh4NkFTU1ZtRVJmc3luWUJpWDJYNlNKUm5aVTg0LzlEWmRuRnZ2eG1BakJPdDZRcEJsYzRKLzBEeHZrVENxcGNsdnppTDZCQ0NQbmpkbElCM1B1M0J4c1BteWdVWTdJaTJ6YmRDZGxpaW93PSIKICAgICAgICAgIH0sCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlCOXpDQ0FYeWdBd0lCQWdJVUFMWk5BUEZkeEhQd2plRGxvRHd5WUNoQU8vNHdDZ1lJS29aSXpqMEVBd013S2pFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNUkV3RHdZRFZRUURFd2h6YVdkemRHOXlaVEFlRncweU1URXdNRGN4TXpVMk5UbGFGdzB6TVRFd01EVXhNelUyTlRoYU1Db3hGVEFUQmdOVkJBb1RESE5wWjNOMGIzSmxMbVJsZGpFUk1BOEdBMVVFQXhNSWMybG5jM1J2Y21Vd2RqQVFCZ2NxaGtqT1BRSUJCZ1VyZ1FRQUlnTmlBQVQ3WGVGVDRyYjNQUUd3UzRJYWp0TGszL09sbnBnYW5nYUJjbFlwc1lCcjVpKzR5bkIwN2NlYjNMUDBPSU9aZHhleFg2OWM1aVZ1eUpSUStIejA1eWkrVUYzdUJXQWxIcGlTNXNoMCtIMkdIRTdTWHJrMUVDNW0xVHIxOUw5Z2c5MmpZekJoTUE0R0ExVWREd0VCL3dRRUF3SUJCakFQQmdOVkhSTUJBZjhFQlRBREFRSC9NQjBHQTFVZERnUVdCQlJZd0I1ZmtVV2xacWw2ekpDaGt5TFFLc1hGK2pBZkJnTlZIU01FR0RBV2dCUll3QjVma1VXbFpxbDZ6SkNoa3lMUUtzWEYrakFLQmdncWhrak9QUVFEQXdOcEFEQm1BakVBajFuSGVYWnArMTNOV0JOYStFRHNEUDhHMVdXZzF0Q01XUC9XSFBxcGFWbzBqaHN3ZU5GWmdTczBlRTd3WUk0cUFqRUEyV0I5b3Q5OHNJa29GM3ZaWWRkMy9WdFdCNWI5VE5NZWE3SXgvc3RKNVRmY0xMZUFCTEU0Qk5KT3NRNHZuQkhKIgogICAgICAgICAgfQogICAgICAgIF0KICAgICAgfSwKICAgICAgInZhbGlkRm9yIjogewogICAgICAgICJzdGFydCI6ICIyMDIyLTA0LTEzVDIwOjA2OjE1WiIKICAgICAgfQogICAgfQogIF0sCiAgImN0bG9ncyI6IFsKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi90ZXN0IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUViZndSK1JKdWRYc2NnUkJScEtYMVhGRHkzUHl1ZER4ei9TZm5SaTFmVDhla3BmQmQyTzF1b3o3anIzWjhuS3p4QTY5RVVRK2VGQ0ZJM3pldWJQV1U3dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDMtMTRUMDA6MDA6MDBaIiwKICAgICAgICAgICJlbmQiOiAiMjAyMi0xMC0zMVQyMzo1OTo1OS45OTlaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJDR0NTOENoUy8yaEYwZEZySjRTY1JXY1lyQlk5d3pqU2JlYThJZ1kyYjNJPSIKICAgICAgfQogICAgfSwKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi8yMDIyIiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVpUFNsRmkwQ21GVGZFakNVcUY5SHVDRWNZWE5LQWFZYWxJSm1CWjh5eWV6UGpUcWh4cktCcE1uYW9jVnRMSkJJMWVNM3VYblF6UUdBSmRKNGdzOUZ5dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjItMTAtMjBUMDA6MDA6MDBaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICIzVDB3YXNiSEVUSmpHUjRjbVdjM0FxSktYcmplUEszL2g0cHlnQzhwN280PSIKICAgICAgfQogICAgfQogIF0sCiAgInRpbWVzdGFtcEF1dGhvcml0aWVzIjogWwogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUtdHNhLXNlbGZzaWduZWQiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly90aW1lc3RhbXAuc2lnc3RvcmUuZGV2L2FwaS92MS90aW1lc3RhbXAiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlDRURDQ0FaYWdBd0lCQWdJVU9oTlVMd3lRWWU2OHdVTXZ5NHFPaXlvaml3d3dDZ1lJS29aSXpqMEVBd013T1RFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNU0F3SGdZRFZRUURFeGR6YVdkemRHOXlaUzEwYzJFdGMyVnNabk5wWjI1bFpEQWVGdzB5TlRBME1EZ3dOalU1TkROYUZ3MHpOVEEwTURZd05qVTVORE5hTUM0eEZUQVRCZ05WQkFvVERITnBaM04wYjNKbExtUmxkakVWTUJNR0ExVUVBeE1NYzJsbmMzUnZjbVV0ZEhOaE1IWXdFQVlIS29aSXpqMENBUVlGSzRFRUFDSURZZ0FFNHJhMlo4aEtOaWcyVDlrRmpDQVRvR0czMGpreStXUXYzQnpMK21LdmgxU0tOUi9Vd3V3c2ZOQ2c0c3J5b1lBZDhFNmlzb3ZWQTNNNGFvTmRtOVFEaTUwWjhuVEV5dnFnZkRQdFRJd1hJdGZpVy9BRmYxVjd1d2tia0FvajB4eGNvMm93YURBT0JnTlZIUThCQWY4RUJBTUNCNEF3SFFZRFZSME9CQllFRkluOWVVT0h6OUJsUnNNQ1JzY3NjMXQ5dE9zRE1COEdBMVVkSXdRWU1CYUFGSmpzQWU5L3UxSC8xSlVlYjRxSW1GTUhpYzYvTUJZR0ExVWRKUUVCL3dRTU1Bb0dDQ3NHQVFVRkJ3TUlNQW9HQ0NxR1NNNDlCQU1EQTJnQU1HVUNNRHRwc1YvNkthTzBxeUYvVU1zWDJhU1VYS1FGZG9HVHB0UUdjMGZ0cTFjc3VsSFBHRzZkc215TU5kM0pCK0czRVFJeEFPYWp2QmNqcEptS2I0TnYrMlRhb2o4VWM1K2I2aWg2RlhDQ0tyYVNxdXBlMDd6cXN3TWNYSlRlMWNFeHZIdnZsdz09IgogICAgICAgICAgfSwKICAgICAgICAgIHsKICAgICAgICAgICAgInJhd0J5dGVzIjogIk1JSUI5ekNDQVh5Z0F3SUJBZ0lVVjdmMEdMRE9vRXpJaDhMWFNXODBPSmlVcDE0d0NnWUlLb1pJemowRUF3TXdPVEVWTUJNR0ExVUVDaE1NYzJsbmMzUnZjbVV1WkdWMk1TQXdIZ1lEVlFRREV4ZHphV2R6ZEc5eVpTMTBjMkV0YzJWc1puTnBaMjVsWkRBZUZ3MHlOVEEwTURnd05qVTVORE5hRncwek5UQTBNRFl3TmpVNU5ETmFNRGt4RlRBVEJnTlZCQW9UREhOcFozTjBiM0psTG1SbGRqRWdNQjRHQTFVRUF4TVhjMmxuYzNSdmNtVXRkSE5oTFhObGJHWnphV2R1WldRd2RqQVFCZ2NxaGtqT1BRSUJCZ1VyZ1FRQUlnTmlBQVFVUU50ZlJUL291M1lBVGE2d0Iva0tUZTcwY2ZKd3lSSUJvdk1udDhSY0pwaC9DT0U4MnV5UzZGbXBwTExMMVZCUEdjUGZwUVBZSk5Yeld3aThpY3doS1E2Vy9RZTJoM29lYkJiMkZIcHdOSkRxbytUTWFDL3RkZmt2L0VsSkI3MmpSVEJETUE0R0ExVWREd0VCL3dRRUF3SUJCakFTQmdOVkhSTUJBZjhFQ0RBR0FRSC9BZ0VBTUIwR0ExVWREZ1FXQkJTWTdBSHZmN3RSLzlTVkhtK0tpSmhUQjRuT3Z6QUtCZ2dxaGtqT1BRUURBd05wQURCbUFqRUF3R0VHcmZHWlIxY2VuMVI4L0RUVk1JOTQzTHNzWm1KUnREcC9pN1NmR0htR1JQNmdSYnVqOXZPSzNiNjdaMFFRQWpFQXVUMkg2NzNMUUVhSFRjeVFTWnJrcDRtWDdXd2ttRitzVmJrWVk1bVhOK1JNSDEzS1VFSEhPcUFTYWVtWVdLL0UiCiAgICAgICAgICB9CiAgICAgICAgXQogICAgICB9LAogICAgICAidmFsaWRGb3IiOiB7CiAgICAgICAgInN0YXJ0IjogIjIwMjUtMDctMDRUMDA6MDA6MDBaIgogICAgICB9CiAgICB9CiAgXQp9Cg==", "registry.npmjs.org%2Fkeys.json": "ewogICAgImtleXMiOiBbCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OmpsM2J3c3d1ODBQampva0NnaDBvMnc1YzJVNExoUUFFNTdnajljejFrekEiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRTFPbGIzek1BRkZ4WEtIaUlrUU81Y0ozWWhsNWk2VVBwK0lodXRlQkpidUhjQTVVb2dLbzBFV3RsV3dXNktTYUtvVE5FWUw3SmxDUWlWbmtoQmt0VWdnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIxOTk5LTAxLTAxVDAwOjAwOjAwLjAwMFoiLAogICAgICAgICAgICAgICAgICAgICJlbmQiOiAiMjAyNS0wMS0yOVQwMDowMDowMC4wMDBaIgogICAgICAgICAgICAgICAgfQogICAgICAgICAgICB9CiAgICAgICAgfSwKICAgICAgICB7CiAgICAgICAgICAgICJrZXlJZCI6ICJTSEEyNTY6amwzYndzd3U4MFBqam9rQ2doMG8ydzVjMlU0TGhRQUU1N2dqOWN6MWt6QSIsCiAgICAgICAgICAgICJrZXlVc2FnZSI6ICJucG06YXR0ZXN0YXRpb25zIiwKICAgICAgICAgICAgInB1YmxpY0tleSI6IHsKICAgICAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUxT2xiM3pNQUZGeFhLSGlJa1FPNWNKM1lobDVpNlVQcCtJaHV0ZUJKYnVIY0E1VW9nS28wRVd0bFd3VzZLU2FLb1RORVlMN0psQ1FpVm5raEJrdFVnZz09IiwKICAgICAgICAgICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUNEU0FfUDI1Nl9TSEFfMjU2IiwKICAgICAgICAgICAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAgICAgICAgICAgICAic3RhcnQiOiAiMjAyMi0xMi0wMVQwMDowMDowMC4wMDBaIiwKICAgICAgICAgICAgICAgICAgICAiZW5kIjogIjIwMjUtMDEtMjlUMDA6MDA6MDAuMDAwWiIKICAgICAgICAgICAgICAgIH0KICAgICAgICAgICAgfQogICAgICAgIH0sCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OkRoUTh3UjVBUEJ2RkhMRi8rVGMrQVl2UE9kVHBjSURxT2h4c0JIUndDN1UiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9LAogICAgICAgIHsKICAgICAgICAgICAgImtleUlkIjogIlNIQTI1NjpEaFE4d1I1QVBCdkZITEYvK1RjK0FZdlBPZFRwY0lEcU9oeHNCSFJ3QzdVIiwKICAgICAgICAgICAgImtleVVzYWdlIjogIm5wbTphdHRlc3RhdGlvbnMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9CiAgICBdCn0K" } } };

// action/signing/trust.ts
var FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
var REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function parseTrustedKeys(json, label = "trusted keys") {
  const bad = (why) => new MaestroError("VERIFY_TRUST_ROOT_INVALID", `${label}: ${why}`);
  if (json === null || typeof json !== "object" || Array.isArray(json))
    throw bad("a trusted-keys file is a JSON object");
  const doc = json;
  for (const k of Object.keys(doc))
    if (k !== "schema_version" && k !== "keys") throw bad(`unknown field ${JSON.stringify(k)}`);
  if (doc["schema_version"] !== 1) throw bad("schema_version must be 1");
  if (!Array.isArray(doc["keys"]) || doc["keys"].length === 0)
    throw bad('"keys" must be a non-empty array');
  return doc["keys"].map((raw, i) => {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      throw bad(`keys[${i}] is not an object`);
    const e = raw;
    for (const k of Object.keys(e))
      if (!["fingerprint", "repositories", "public_key"].includes(k))
        throw bad(`keys[${i}]: unknown field ${JSON.stringify(k)}`);
    const fp = e["fingerprint"];
    if (typeof fp !== "string" || !FINGERPRINT.test(fp))
      throw bad(`keys[${i}].fingerprint must be sha256:<64 hex digits>`);
    const repos = e["repositories"];
    if (!Array.isArray(repos) || repos.length === 0 || !repos.every((r) => typeof r === "string" && REPOSITORY.test(r)))
      throw bad(`keys[${i}].repositories must be a non-empty list of owner/name`);
    const pem = e["public_key"];
    if (pem !== void 0 && typeof pem !== "string")
      throw bad(`keys[${i}].public_key must be a PEM string`);
    if (typeof pem === "string") {
      const k = loadPublicKey(pem, `${label} keys[${i}]`);
      if (k.fingerprint !== fp)
        throw bad(`keys[${i}]: public_key has fingerprint ${k.fingerprint}, not ${fp}`);
    }
    return {
      fingerprint: fp,
      repositories: repos,
      ...typeof pem === "string" ? { publicKeyPem: pem } : {}
    };
  });
}
var TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(?:\.v0\.1)?\+json(?:;version=0\.1)?$/;
function publicGoodSeedTrustedRoot() {
  const repo = seeds_default["https://tuf-repo-cdn.sigstore.dev"];
  const b64 = repo?.targets?.["trusted_root.json"];
  if (b64 === void 0)
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      "@sigstore/tuf ships no seeded trusted_root.json"
    );
  return JSON.parse(Buffer.from(b64, "base64").toString("utf8"));
}
async function fetchPublicGoodTrustedRoot(cachePath) {
  const { getTrustedRoot } = await import("./dist-DZXYWFGQ.js");
  try {
    const root = await getTrustedRoot(cachePath === void 0 ? {} : { cachePath });
    return import_protobuf_specs.TrustedRoot.toJSON(root);
  } catch (e) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      `the public-good trusted root could not be fetched over TUF: ${describeThrown(e)}`,
      { cause: e }
    );
  }
}
function parseRoot(json, label) {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      `${label}: a trusted root must be a JSON object`
    );
  }
  const mediaType = json.mediaType;
  if (typeof mediaType !== "string" || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      `${label}: mediaType ${JSON.stringify(mediaType)} is not a Sigstore trusted root`
    );
  }
  let root;
  try {
    root = import_protobuf_specs.TrustedRoot.fromJSON(json);
  } catch (e) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      `${label}: not a valid trusted root: ${describeThrown(e)}`,
      { cause: e }
    );
  }
  for (const [kind, logs] of [
    ["tlog", root.tlogs],
    ["ctlog", root.ctlogs]
  ]) {
    logs.forEach((log, i) => {
      if (log.publicKey?.rawBytes === void 0 || log.publicKey.rawBytes.length === 0) {
        throw new MaestroError(
          "VERIFY_TRUST_ROOT_INVALID",
          `${label}: ${kind}s[${i}] has no public key`
        );
      }
      if (log.publicKey.validFor?.start === void 0) {
        throw new MaestroError(
          "VERIFY_TRUST_ROOT_INVALID",
          `${label}: ${kind}s[${i}] (${log.baseUrl}) has no validFor.start`
        );
      }
    });
  }
  for (const [kind, cas] of [
    ["certificateAuthorities", root.certificateAuthorities],
    ["timestampAuthorities", root.timestampAuthorities]
  ]) {
    cas.forEach((ca, i) => {
      if (ca.validFor?.start === void 0)
        throw new MaestroError(
          "VERIFY_TRUST_ROOT_INVALID",
          `${label}: ${kind}[${i}] has no validFor.start`
        );
      if ((ca.certChain?.certificates ?? []).length === 0)
        throw new MaestroError(
          "VERIFY_TRUST_ROOT_INVALID",
          `${label}: ${kind}[${i}] has no certificates`
        );
    });
  }
  return root;
}
function loadPublicKey(pem, label = "public key") {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      `${label}: is a private key; verification needs only the public key (openssl pkey -pubout), and a private key does not belong in a release pipeline`
    );
  }
  let key;
  try {
    key = createPublicKey({ key: pem, format: "pem" });
  } catch (e) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      `${label}: not a PEM public key ("-----BEGIN PUBLIC KEY-----"): ${describeThrown(e)}`,
      { cause: e }
    );
  }
  return { key, hint: publicKeyHint(key), fingerprint: keyFingerprint(key), label };
}
function loadTrust(input) {
  const label = input.label ?? "trust root";
  if (input.trustedRoot === void 0 && input.publicKeyPem === void 0 && input.trustedKeys === void 0) {
    throw new MaestroError(
      "VERIFY_TRUST_ROOT_INVALID",
      "no trust root: pass --trusted-root <trusted_root.json>, --key <pub.pem>, --trusted-keys <file>, or --public-good"
    );
  }
  const root = input.trustedRoot === void 0 ? {
    mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
    certificateAuthorities: [],
    tlogs: [],
    ctlogs: [],
    timestampAuthorities: []
  } : parseRoot(input.trustedRoot, label);
  const publicKey = input.publicKeyPem === void 0 ? void 0 : loadPublicKey(input.publicKeyPem, input.publicKeyLabel ?? "public key");
  const entries = input.trustedKeys === void 0 ? void 0 : parseTrustedKeys(input.trustedKeys, input.trustedKeysLabel ?? "trusted keys");
  const keys = publicKey === void 0 ? [] : [publicKey];
  for (const e of entries ?? []) {
    if (e.publicKeyPem === void 0 || keys.some((k) => k.fingerprint === e.fingerprint)) continue;
    keys.push(
      loadPublicKey(e.publicKeyPem, `${input.trustedKeysLabel ?? "trusted keys"} ${e.fingerprint}`)
    );
  }
  let material;
  try {
    material = (0, import_verify.toTrustMaterial)(root, (hint) => {
      const only = keys.length === 1 && entries === void 0 ? keys[0] : void 0;
      const chosen = only ?? keys.find((k) => k.hint === hint);
      if (chosen === void 0)
        throw new MaestroError(
          "VERIFY_SIGNATURE_INVALID",
          keys.length === 0 ? `the bundle is signed with a public key (hint ${JSON.stringify(hint)}), but no key was given: pass --key <pub.pem>` : `the bundle is signed with a public key (hint ${JSON.stringify(hint)}) that is not among the trusted keys`
        );
      return { publicKey: chosen.key, validFor: () => true };
    });
  } catch (e) {
    if (e instanceof MaestroError) throw e;
    throw new MaestroError("VERIFY_TRUST_ROOT_INVALID", `${label}: ${describeThrown(e)}`, {
      cause: e
    });
  }
  return {
    material,
    hasCertificateAuthorities: root.certificateAuthorities.length > 0,
    hasTlogs: root.tlogs.length > 0,
    hasCtlogs: root.ctlogs.length > 0,
    hasTimestampAuthorities: root.timestampAuthorities.length > 0,
    ...publicKey === void 0 ? {} : { publicKey },
    keys,
    ...entries === void 0 ? {} : { keyRepositories: new Map(entries.map((e) => [e.fingerprint, e.repositories])) }
  };
}

// action/signing/verify-bundle.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_bundle = __toESM(require_dist2(), 1);
var import_core = __toESM(require_dist3(), 1);
var import_verify2 = __toESM(require_dist4(), 1);

// action/signing/certificate-diagnosis.ts
init_define_MAESTRO_CODE_DIGESTS();
var iso = (d) => d.toISOString();
function issuedBy(leaf, ca) {
  try {
    return leaf.issuer.equals(ca.subject) && leaf.verify(ca);
  } catch {
    return false;
  }
}
function signingTimes(entity, verifier) {
  try {
    const v = verifier;
    return v.verifyTimestamps(entity);
  } catch {
    return [];
  }
}
function diagnoseCertificateFailure(entity, material, verifier) {
  if (entity.key.$case !== "certificate") return void 0;
  const leaf = entity.key.certificate;
  const issuing = material.certificateAuthorities.filter(
    (ca) => ca.certChain.some((c) => issuedBy(leaf, c))
  );
  if (issuing.length === 0)
    return "unknown instance: no certificate authority of the trust root issued the signing certificate (the bundle comes from another Sigstore instance, or the trust root is the wrong one)";
  const times = signingTimes(entity, verifier);
  for (const t of times) {
    if (t < leaf.notBefore)
      return `not yet valid: the signing certificate is valid from ${iso(leaf.notBefore)}, but the signature was timestamped at ${iso(t)}`;
    if (t > leaf.notAfter)
      return `expired: the signing certificate expired at ${iso(leaf.notAfter)}, but the signature was timestamped at ${iso(t)}`;
    const valid = issuing.filter((ca) => ca.validFor.start <= t && t <= ca.validFor.end);
    if (valid.length === 0) {
      const w = issuing[0].validFor;
      return `CA validity: the issuing certificate authority is trusted from ${iso(w.start)} to ${iso(w.end)} in the trust root, but the signature was timestamped at ${iso(t)}`;
    }
    for (const ca of valid)
      for (const c of ca.certChain)
        if (!c.validForDate(t))
          return `CA validity: a CA certificate of the chain is valid from ${iso(c.notBefore)} to ${iso(c.notAfter)}, not at the signing time ${iso(t)}`;
  }
  return void 0;
}

// action/signing/verify-bundle.ts
var FULCIO_EXTENSIONS = {
  issuer: "1.3.6.1.4.1.57264.1.8",
  buildSignerURI: "1.3.6.1.4.1.57264.1.9",
  buildSignerDigest: "1.3.6.1.4.1.57264.1.10",
  runnerEnvironment: "1.3.6.1.4.1.57264.1.11",
  sourceRepositoryURI: "1.3.6.1.4.1.57264.1.12",
  sourceRepositoryDigest: "1.3.6.1.4.1.57264.1.13",
  sourceRepositoryRef: "1.3.6.1.4.1.57264.1.14",
  sourceRepositoryIdentifier: "1.3.6.1.4.1.57264.1.15",
  sourceRepositoryOwnerURI: "1.3.6.1.4.1.57264.1.16",
  sourceRepositoryOwnerIdentifier: "1.3.6.1.4.1.57264.1.17",
  buildConfigURI: "1.3.6.1.4.1.57264.1.18",
  buildConfigDigest: "1.3.6.1.4.1.57264.1.19",
  buildTrigger: "1.3.6.1.4.1.57264.1.20",
  runInvocationURI: "1.3.6.1.4.1.57264.1.21",
  sourceRepositoryVisibilityAtSigning: "1.3.6.1.4.1.57264.1.22"
};
var LEGACY_ISSUER_OID = "1.3.6.1.4.1.57264.1.1";
function parseBundle(json, label = "bundle") {
  try {
    return (0, import_bundle.bundleFromJSON)(json);
  } catch (e) {
    throw new MaestroError(
      "VERIFY_BUNDLE_UNPARSEABLE",
      `${label}: not a valid Sigstore bundle: ${describeThrown(e)}`,
      { cause: e }
    );
  }
}
function reserializeBundle(json) {
  return (0, import_bundle.bundleToJSON)(parseBundle(json));
}
function decodeUtf8Der(raw) {
  if (raw.length >= 2 && raw[0] === 12) {
    let len = raw[1];
    let off = 2;
    if (len & 128) {
      const n = len & 127;
      len = 0;
      for (let i = 0; i < n; i++) len = len << 8 | (raw[2 + i] ?? 0);
      off = 2 + n;
    }
    if (off + len === raw.length) return raw.subarray(off).toString("utf8");
  }
  return raw.toString("utf8");
}
function certificateIdentity(cert) {
  const extensions = {};
  for (const [name, oid] of Object.entries(FULCIO_EXTENSIONS)) {
    const ext = cert.extension(oid);
    if (ext !== void 0) extensions[name] = decodeUtf8Der(ext.value);
  }
  const legacy = cert.extension(LEGACY_ISSUER_OID);
  const issuer = extensions.issuer ?? (legacy === void 0 ? void 0 : legacy.value.toString("utf8"));
  let san;
  try {
    san = cert.subjectAltName;
  } catch {
    san = void 0;
  }
  return {
    ...san === void 0 ? {} : { subjectAlternativeName: san },
    ...issuer === void 0 ? {} : { issuer },
    extensions,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString()
  };
}
function defaultThresholds(keyKind, trust) {
  if (keyKind === "public-key") return { tlog: 0, ctlog: 0, timestamp: 0 };
  return { tlog: trust.hasTlogs ? 1 : 0, ctlog: trust.hasCtlogs ? 1 : 0, timestamp: 1 };
}
function verifyBundleSignature(bundleJson, trust, opts = {}) {
  const label = opts.label ?? "bundle";
  const bundle = parseBundle(bundleJson, label);
  const material = bundle.verificationMaterial.content;
  if (material.$case === "x509CertificateChain") {
    for (const c of material.x509CertificateChain.certificates) {
      let cert;
      try {
        cert = import_core.X509Certificate.parse(Buffer.from(c.rawBytes));
      } catch (e) {
        throw new MaestroError(
          "VERIFY_BUNDLE_UNPARSEABLE",
          `${label}: a certificate in the chain does not parse: ${describeThrown(e)}`,
          { cause: e }
        );
      }
      if (cert.isCA && cert.subject.equals(cert.issuer)) {
        throw new MaestroError(
          "VERIFY_SIGNATURE_INVALID",
          `${label}: the bundle's certificate chain contains a self-signed root certificate; roots come from the trust root, never from the bundle`
        );
      }
    }
  }
  let entity;
  try {
    entity = (0, import_verify2.toSignedEntity)(bundle, opts.artifact);
  } catch (e) {
    throw new MaestroError("VERIFY_BUNDLE_UNPARSEABLE", `${label}: ${describeThrown(e)}`, {
      cause: e
    });
  }
  const keyKind = entity.key.$case;
  if (keyKind === "public-key" && trust.keys.length === 0) {
    throw new MaestroError(
      "VERIFY_SIGNATURE_INVALID",
      `${label}: the bundle is signed with a public key, not a certificate; pass the signer's public key with --key <pub.pem>`
    );
  }
  if (keyKind === "certificate" && !trust.hasCertificateAuthorities) {
    throw new MaestroError(
      "VERIFY_SIGNATURE_INVALID",
      `${label}: the bundle is signed with a certificate, but the trust root has no certificate authority: pass --trusted-root <trusted_root.json> or --public-good`
    );
  }
  if (bundle.content.$case === "messageSignature" && opts.artifact === void 0) {
    throw new MaestroError(
      "VERIFY_SUBJECT_MISMATCH",
      `${label}: a message-signature bundle needs the signed artifact (--artifact <file>)`
    );
  }
  const thresholds = { ...defaultThresholds(keyKind, trust), ...opts.thresholds };
  const verifier = new import_verify2.Verifier(trust.material, {
    tlogThreshold: thresholds.tlog,
    ctlogThreshold: thresholds.ctlog,
    timestampThreshold: thresholds.timestamp
  });
  try {
    verifier.verify(entity);
  } catch (e) {
    if (e instanceof MaestroError) throw e;
    const code = e.code;
    const why = code === "CERTIFICATE_ERROR" && entity.key.$case === "certificate" ? diagnoseCertificateFailure(entity, trust.material, verifier) : void 0;
    throw new MaestroError(
      "VERIFY_SIGNATURE_INVALID",
      `${label}: ${typeof code === "string" ? `${code}: ` : ""}${why ?? describeThrown(e)}`,
      { cause: e }
    );
  }
  const result = {
    keyKind,
    bundleMediaType: bundle.mediaType,
    thresholds,
    tlogEntries: entity.tlogEntries.length,
    timestamps: entity.timestamps.length
  };
  if (entity.key.$case === "certificate")
    result.certificate = certificateIdentity(entity.key.certificate);
  else {
    const hint = entity.key.hint;
    const only = trust.keys.length === 1 && trust.keyRepositories === void 0;
    const key = only ? trust.keys[0] : trust.keys.find((k) => k.hint === hint);
    if (key !== void 0) result.key = key;
  }
  if (bundle.content.$case === "dsseEnvelope") {
    const env = bundle.content.dsseEnvelope;
    result.envelope = {
      payloadType: env.payloadType,
      payload: Buffer.from(env.payload),
      signatures: env.signatures.length
    };
  } else {
    const d = bundle.content.messageSignature.messageDigest;
    if (d !== void 0)
      result.messageDigest = {
        algorithm: String(d.algorithm),
        hex: Buffer.from(d.digest).toString("hex")
      };
  }
  return result;
}

// action/approvals/receipt-types.ts
init_define_MAESTRO_CODE_DIGESTS();

// schemas/predicate-approval-receipt.schema.json
var predicate_approval_receipt_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://maestro-gate.dev/schemas/predicate-approval-receipt.schema.json",
  title: "Maestro Gate predicate: approval receipt (https://maestro-gate.dev/attestation/approval-receipt/v1)",
  description: "Who approved (or rejected) a PAUSE_FOR_HITL verdict, why, when, for which head commit and which signed verdict. Signed by the approval app's key.",
  type: "object",
  required: [
    "schema_version",
    "repository",
    "pull_request",
    "base_ref",
    "head_sha",
    "verdict",
    "decision",
    "final_decider",
    "required",
    "approvers",
    "evaluated_at",
    "app"
  ],
  properties: {
    schema_version: { const: 1 },
    repository: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" },
    pull_request: { type: "integer", minimum: 1 },
    base_ref: { type: "string", minLength: 1 },
    head_sha: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
    verdict: {
      type: "object",
      required: ["digest", "decision", "reason_codes", "run_id"],
      properties: {
        digest: {
          type: "object",
          required: ["sha256"],
          properties: { sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } },
          additionalProperties: false
        },
        decision: { const: "PAUSE_FOR_HITL" },
        reason_codes: { type: "array", items: { type: "string" } },
        run_id: { type: "string", minLength: 1 }
      },
      additionalProperties: false
    },
    decision: { enum: ["CONTINUE", "STOP"] },
    final_decider: { const: "USER" },
    required: { type: "integer", minimum: 1 },
    approvers: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["login", "human_operator_id", "vote", "source", "id", "reason", "at"],
        properties: {
          login: { type: "string", minLength: 1 },
          human_operator_id: { type: "string", pattern: "^github:" },
          vote: { enum: ["approve", "reject"] },
          source: { enum: ["review", "comment"] },
          id: { type: "integer" },
          reason: { type: "string" },
          at: { type: "string", format: "date-time" }
        },
        additionalProperties: false
      }
    },
    evaluated_at: { type: "string", format: "date-time" },
    app: {
      type: "object",
      required: ["login", "check"],
      properties: {
        login: { type: "string", minLength: 1 },
        check: { type: "string", minLength: 1 }
      },
      additionalProperties: false
    }
  },
  additionalProperties: false
};

// action/approvals/receipt-types.ts
var APPROVAL_RECEIPT_PREDICATE = "https://maestro-gate.dev/attestation/approval-receipt/v1";
var RECEIPT_VERDICT_SUBJECT = "verdict-predicate.canonical.json";
function validateReceiptPredicate(value) {
  registerSchema(predicate_approval_receipt_schema_default);
  return validate(predicate_approval_receipt_schema_default.$id, value).map((p) => `${p.pointer || "/"} ${p.message}`);
}

// action/approvals/receipt-verify.ts
function verdictDigest(predicate) {
  return sha256Hex(canonicalJson(predicate));
}
function verifyReceipt(bundle, trust, expected) {
  let payload;
  try {
    const sig = verifyBundleSignature(bundle, trust, { label: "approval receipt" });
    if (sig.keyKind !== "public-key")
      return { ok: false, message: "the receipt is not signed by the approval app key" };
    if (sig.envelope === void 0 || sig.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
      return { ok: false, message: `the receipt is not an in-toto DSSE envelope` };
    payload = sig.envelope.payload;
  } catch (e) {
    return { ok: false, message: `the receipt signature does not verify: ${describeThrown(e)}` };
  }
  let st;
  try {
    st = JSON.parse(payload.toString("utf8"));
  } catch (e) {
    return { ok: false, message: `the receipt payload is not JSON: ${describeThrown(e)}` };
  }
  registerSchema(predicate_statement_schema_default);
  const outer = validate(predicate_statement_schema_default.$id, st);
  if (outer.length > 0 || st._type !== STATEMENT_TYPE)
    return { ok: false, message: "the receipt is not an in-toto Statement v1" };
  if (st.predicateType !== APPROVAL_RECEIPT_PREDICATE)
    return {
      ok: false,
      message: `predicateType is ${JSON.stringify(st.predicateType)}, expected ${APPROVAL_RECEIPT_PREDICATE}`
    };
  const problems = validateReceiptPredicate(st.predicate);
  if (problems.length > 0)
    return { ok: false, message: `the receipt predicate is malformed: ${problems.join("; ")}` };
  const r = st.predicate;
  const commits = st.subject.map((s) => s.digest["gitCommit"]).filter((x) => x !== void 0);
  const verdicts = st.subject.filter((s) => s.name === RECEIPT_VERDICT_SUBJECT).map((s) => s.digest["sha256"]);
  if (r.repository !== expected.repository)
    return { ok: false, message: `the receipt is for ${r.repository}, not ${expected.repository}` };
  if (r.head_sha !== expected.head_sha || commits.length !== 1 || commits[0] !== r.head_sha)
    return {
      ok: false,
      message: `the receipt is for head ${r.head_sha}, not ${expected.head_sha}`
    };
  if (r.verdict.digest.sha256 !== expected.verdict_digest || verdicts.length !== 1 || verdicts[0] !== r.verdict.digest.sha256)
    return {
      ok: false,
      message: `the receipt answers verdict sha256 ${r.verdict.digest.sha256}, not the verified verdict ${expected.verdict_digest}`
    };
  if (r.decision !== "CONTINUE")
    return {
      ok: false,
      message: `the receipt records a rejection by ${r.approvers.map((a) => a.login).join(", ")}`
    };
  const people = new Set(r.approvers.map((a) => a.login.toLowerCase()));
  if (people.size < r.required || r.approvers.some((a) => a.vote !== "approve"))
    return {
      ok: false,
      message: `the receipt lists ${people.size} distinct approver(s), fewer than the ${r.required} it requires`
    };
  return {
    ok: true,
    message: `approved by ${r.approvers.map((a) => `${a.login} (${a.source}: ${a.reason})`).join(", ")} at ${r.evaluated_at}, for head ${r.head_sha} and verdict sha256 ${r.verdict.digest.sha256}`,
    receipt: r
  };
}

// action/approvals/receipt-check.ts
function receiptApprovalCheck(receipts, trust) {
  return (verdict) => {
    const expected = {
      repository: verdict.repository,
      head_sha: verdict.head_sha,
      verdict_digest: verdictDigest(verdict)
    };
    const problems = [];
    for (const r of receipts) {
      if (r.json instanceof Error) {
        problems.push(`${r.name}: not valid JSON (${r.json.message})`);
        continue;
      }
      const c = verifyReceipt(r.json, trust, expected);
      if (c.ok) return { ok: true, message: `approval receipt ${r.name}: ${c.message}` };
      problems.push(`${r.name}: ${c.message}`);
    }
    return {
      ok: false,
      message: `no approval receipt answers this verdict (head ${expected.head_sha}, verdict sha256 ${expected.verdict_digest}): ${problems.join("; ") || "none given"}`
    };
  };
}

// action/verify/cli-trust.ts
var VerifyUsageError = class extends Error {
};
async function inside(path, dir) {
  let p;
  let d;
  try {
    p = await realpath(path);
    d = await realpath(dir);
  } catch {
    return false;
  }
  const rel = relative(d, p);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function refuseTrustFromEvidence(v, places) {
  const pins = [
    ["key", v["key"], "--key-fingerprint sha256:<hex of the key you expect>"],
    [
      "trusted-root",
      v["trusted-root"],
      "--trusted-root-sha256 <hex of the trusted root you expect>"
    ],
    ["trusted-keys", v["trusted-keys"], ""]
  ];
  for (const [flag, path, pin] of pins) {
    if (path === void 0) continue;
    const pinned = flag === "key" && v["key-fingerprint"] !== void 0 || flag === "trusted-root" && v["trusted-root-sha256"] !== void 0;
    if (pinned) continue;
    for (const place of places) {
      if (await inside(path, place))
        throw new MaestroError(
          "VERIFY_TRUST_ROOT_INVALID",
          `--${flag} ${path} lies inside the evidence (${place}): trust material never comes from the evidence itself, because whoever can write the evidence can write that file too. Use the ${flag === "key" ? "public key" : flag === "trusted-keys" ? "trusted-keys file" : "trusted root"} from your own release configuration${pin === "" ? "" : `, or pin this one with ${pin}`}`
        );
    }
  }
}
async function loadTrustFrom(v) {
  let trustedRoot;
  let label = "trust root";
  if (typeof v["trusted-root"] === "string") {
    label = v["trusted-root"];
    try {
      trustedRoot = JSON.parse(await readFile(v["trusted-root"], "utf8"));
    } catch (e) {
      throw new MaestroError(
        "VERIFY_TRUST_ROOT_INVALID",
        `${label}: cannot be read as JSON: ${describeThrown(e)}`
      );
    }
  } else if (v["public-good-offline"] === true) {
    label = "public-good trusted root (seeded in @sigstore/tuf)";
    trustedRoot = publicGoodSeedTrustedRoot();
  } else if (v["public-good"] === true) {
    label = "public-good trusted root (TUF)";
    trustedRoot = await fetchPublicGoodTrustedRoot();
  }
  if (typeof v["trusted-root"] === "string" && typeof v["trusted-root-sha256"] === "string") {
    const got = createHash("sha256").update(await readFile(v["trusted-root"])).digest("hex");
    const want = v["trusted-root-sha256"].replace(/^sha256:/, "").toLowerCase();
    if (got !== want)
      throw new MaestroError(
        "VERIFY_TRUST_ROOT_INVALID",
        `${label}: its sha256 is ${got}, not the pinned ${want} (--trusted-root-sha256)`
      );
  }
  let publicKeyPem;
  if (typeof v["key"] === "string") {
    try {
      publicKeyPem = await readFile(v["key"], "utf8");
    } catch (e) {
      throw new MaestroError(
        "VERIFY_TRUST_ROOT_INVALID",
        `${v["key"]}: cannot be read: ${describeThrown(e)}`
      );
    }
  }
  let trustedKeys;
  if (typeof v["trusted-keys"] === "string") {
    try {
      trustedKeys = JSON.parse(await readFile(v["trusted-keys"], "utf8"));
    } catch (e) {
      throw new MaestroError(
        "VERIFY_TRUST_ROOT_INVALID",
        `${v["trusted-keys"]}: cannot be read as JSON: ${describeThrown(e)}`
      );
    }
  }
  const trust = loadTrust({
    ...trustedRoot === void 0 ? {} : { trustedRoot },
    ...publicKeyPem === void 0 ? {} : { publicKeyPem, publicKeyLabel: v["key"] },
    ...trustedKeys === void 0 ? {} : { trustedKeys, trustedKeysLabel: v["trusted-keys"] },
    label
  });
  const pin = v["key-fingerprint"];
  if (typeof pin === "string" && trust.publicKey !== void 0) {
    if (trust.publicKey.fingerprint !== pin.toLowerCase())
      throw new MaestroError(
        "VERIFY_TRUST_ROOT_INVALID",
        `${String(v["key"])}: its fingerprint is ${trust.publicKey.fingerprint}, not the pinned ${pin} (--key-fingerprint)`
      );
  } else if (typeof pin === "string")
    throw new VerifyUsageError("--key-fingerprint pins the key given with --key");
  return trust;
}
async function approvalsFrom(v) {
  const files = v["approval-receipt"] ?? [];
  const keyFile = v["approval-key"];
  if (files.length === 0 && keyFile === void 0) return {};
  if (files.length === 0 || typeof keyFile !== "string")
    throw new VerifyUsageError("--approval-receipt and --approval-key need each other");
  let pem;
  try {
    pem = await readFile(keyFile, "utf8");
  } catch (e) {
    throw new MaestroError(
      "APPROVAL_RECEIPT_INVALID",
      `--approval-key ${keyFile} cannot be read: ${describeThrown(e)}`
    );
  }
  const trust = loadTrust({ publicKeyPem: pem, publicKeyLabel: keyFile });
  const receipts = [];
  for (const f of files) {
    try {
      receipts.push({ name: basename(f), json: JSON.parse(await readFile(f, "utf8")) });
    } catch (e) {
      receipts.push({
        name: basename(f),
        json: e instanceof Error ? e : new Error(describeThrown(e))
      });
    }
  }
  return { approvals: receiptApprovalCheck(receipts, trust) };
}

// action/verify/freshness.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/verify/acceptance.ts
init_define_MAESTRO_CODE_DIGESTS();
var APPROVALS_NOT_CHECKED = "approval records NOT checked: a PAUSE_FOR_HITL verdict needs a human decision, and nothing here proves one was made";
function acceptPause(verdict, o) {
  if (o.approvals !== void 0) {
    const r = o.approvals(verdict);
    return { ok: r.ok, message: `the signed verdict is PAUSE_FOR_HITL: ${r.message}` };
  }
  if (o.allowPause === true)
    return {
      ok: true,
      message: `the signed verdict is PAUSE_FOR_HITL, accepted because --allow-pause was given: ${APPROVALS_NOT_CHECKED}`,
      warning: `--allow-pause: ${APPROVALS_NOT_CHECKED}`
    };
  return {
    ok: false,
    message: "the signed verdict is PAUSE_FOR_HITL; approval records cannot be verified yet, so this is refused unless --allow-pause is given"
  };
}
function acceptVerdict(verdict, o) {
  const d = verdict.verdict.decision;
  if (o.expectVerdict !== void 0) {
    if (d !== o.expectVerdict)
      return {
        ok: false,
        message: `the signed verdict is ${d}; --expect-verdict requires ${o.expectVerdict}`
      };
    const base = `the signed verdict is ${d}, as --expect-verdict requires`;
    return d === "PAUSE_FOR_HITL" ? {
      ok: true,
      message: `${base}: ${APPROVALS_NOT_CHECKED}`,
      warning: `--expect-verdict PAUSE_FOR_HITL: ${APPROVALS_NOT_CHECKED}`
    } : { ok: true, message: base };
  }
  if (d === "RUN") return { ok: true, message: "the signed verdict is RUN" };
  if (d === "PAUSE_FOR_HITL") return acceptPause(verdict, o);
  return {
    ok: false,
    message: `the signed verdict is ${d} (${verdict.verdict.reason_codes.join(", ")}${verdict.verdict.sealed ? ", sealed" : ""})`
  };
}

// action/verify/checks.ts
init_define_MAESTRO_CODE_DIGESTS();
var Checks = class {
  list = [];
  warnings = [];
  pass(check, target, message) {
    this.list.push({ check, target, ok: true, code: "VERIFY_OK", message });
  }
  fail(check, target, code, message) {
    this.list.push({ check, target, ok: false, code, message });
  }
  /** A check that passed only because a flag accepted the risk: recorded as a warning too. */
  warn(check, target, message) {
    this.pass(check, target, `WARNING: ${message}`);
    this.warnings.push(message);
  }
  get failed() {
    return this.list.some((c) => !c.ok);
  }
};
function fromError(e, fallback) {
  if (e instanceof MaestroError) return { code: e.code, message: e.message };
  return { code: fallback, message: describeThrown(e) };
}

// action/verify/verify.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/verify/bundle.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/verify/bundle-shape.ts
init_define_MAESTRO_CODE_DIGESTS();
import { isDeepStrictEqual } from "node:util";
var BUNDLE_V03 = "application/vnd.dev.sigstore.bundle.v0.3+json";
function strictBundleShape(json) {
  if (json === null || typeof json !== "object") return "the bundle is not a JSON object";
  const b = json;
  if (b["mediaType"] !== BUNDLE_V03)
    return `mediaType is ${JSON.stringify(b["mediaType"])}, Maestro Gate evidence is ${BUNDLE_V03}`;
  const allowedTop = /* @__PURE__ */ new Set(["mediaType", "verificationMaterial", "dsseEnvelope"]);
  for (const k of Object.keys(b))
    if (!allowedTop.has(k)) return `unexpected top-level field ${JSON.stringify(k)}`;
  const env = b["dsseEnvelope"];
  if (env === void 0 || typeof env !== "object") return "the bundle has no DSSE envelope";
  for (const k of Object.keys(env))
    if (!["payload", "payloadType", "signatures"].includes(k))
      return `unexpected envelope field ${JSON.stringify(k)}`;
  const sigs = env["signatures"];
  if (!Array.isArray(sigs) || sigs.length !== 1)
    return "the envelope must carry exactly one signature";
  const sig = sigs[0];
  for (const k of Object.keys(sig))
    if (k !== "sig")
      return `unexpected signature field ${JSON.stringify(k)} (Maestro Gate writes no DSSE keyid)`;
  const vm = b["verificationMaterial"];
  if (vm === void 0 || typeof vm !== "object") return "the bundle has no verificationMaterial";
  for (const k of Object.keys(vm)) {
    if (![
      "publicKey",
      "certificate",
      "x509CertificateChain",
      "tlogEntries",
      "timestampVerificationData"
    ].includes(k))
      return `unexpected verificationMaterial field ${JSON.stringify(k)}`;
  }
  if (typeof env["payload"] !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(env["payload"]))
    return "the envelope payload is not canonical base64";
  if (typeof sig["sig"] !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(sig["sig"]))
    return "the signature is not canonical base64";
  if (Buffer.from(env["payload"], "base64").toString("base64") !== env["payload"])
    return "the envelope payload is not canonical base64";
  if (Buffer.from(sig["sig"], "base64").toString("base64") !== sig["sig"])
    return "the signature is not canonical base64";
  const entries = vm["tlogEntries"] ?? [];
  for (const [i, e] of (Array.isArray(entries) ? entries : []).entries()) {
    const p = e.inclusionProof;
    if (p === void 0) continue;
    const lines = typeof p.checkpoint?.envelope === "string" ? p.checkpoint.envelope.split("\n") : [];
    if (lines[1] !== p.treeSize || lines[2] !== p.rootHash) {
      return `tlogEntries[${i}].inclusionProof: rootHash/treeSize disagree with the signed checkpoint`;
    }
  }
  let again;
  try {
    again = reserializeBundle(json);
  } catch (e) {
    return describeThrown(e);
  }
  if (!isDeepStrictEqual(again, json)) {
    return "the bundle differs from its canonical serialisation (a field is null, misplaced or not meaningful)";
  }
  return void 0;
}

// action/verify/policy.ts
init_define_MAESTRO_CODE_DIGESTS();
function hasIdentityPolicy(p) {
  return [
    p.issuer,
    p.issuerRegexp,
    p.identity,
    p.identityRegexp,
    p.workflowPath,
    p.workflowRef
  ].some((v) => v !== void 0);
}
function anchored(pattern) {
  new RegExp(pattern, "u");
  return new RegExp(`^(?:${pattern})$`, "u");
}
function matchesWhole(re, value) {
  const m = re.exec(value);
  return m !== null && m.index === 0 && m[0] === value;
}
function match(what, actual, exact, regexp) {
  const out = [];
  if (exact !== void 0) {
    out.push(
      actual === exact ? { ok: true, message: `${what} is ${JSON.stringify(actual)}` } : {
        ok: false,
        message: `${what} is ${JSON.stringify(actual ?? null)}, expected exactly ${JSON.stringify(exact)}`
      }
    );
  }
  if (regexp !== void 0) {
    let re;
    try {
      re = anchored(regexp);
    } catch (e) {
      out.push({
        ok: false,
        message: `${what} pattern ${JSON.stringify(regexp)} does not compile on its own (each pattern must be a whole regular expression): ${e.message}`
      });
      return out;
    }
    out.push(
      actual !== void 0 && matchesWhole(re, actual) ? { ok: true, message: `${what} ${JSON.stringify(actual)} matches ^(?:${regexp})$` } : {
        ok: false,
        message: `${what} is ${JSON.stringify(actual ?? null)}, which does not match ^(?:${regexp})$ (patterns are anchored at both ends)`
      }
    );
  }
  return out;
}
function checkIdentity(cert, p) {
  const out = [];
  const server = (p.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  if (p.issuer === void 0 && p.issuerRegexp === void 0) {
    out.push({
      ok: false,
      message: "no issuer policy: pass --certificate-oidc-issuer (e.g. https://token.actions.githubusercontent.com)"
    });
  }
  if (p.identity === void 0 && p.identityRegexp === void 0 && p.repository === void 0 && p.workflowPath === void 0) {
    out.push({
      ok: false,
      message: "no identity policy: pass --certificate-identity, --certificate-identity-regexp, --repository or --workflow-path"
    });
  }
  out.push(...match("issuer", cert.issuer, p.issuer, p.issuerRegexp));
  out.push(...match("identity (SAN)", cert.subjectAlternativeName, p.identity, p.identityRegexp));
  if (p.repository !== void 0) {
    out.push(
      ...match(
        "source repository",
        cert.extensions.sourceRepositoryURI,
        `${server}/${p.repository}`,
        void 0
      )
    );
  }
  if (p.workflowPath !== void 0 || p.workflowRef !== void 0) {
    const signer = p.signerRepository ?? p.repository;
    if (signer === void 0 || p.workflowPath === void 0 || p.workflowRef === void 0) {
      out.push({
        ok: false,
        message: "--workflow-path and --workflow-ref need each other and --repository"
      });
    } else {
      const expected = `${server}/${signer}/${p.workflowPath.replace(/^\/+/, "")}@${p.workflowRef}`;
      out.push(...match("workflow (SAN)", cert.subjectAlternativeName, expected, void 0));
    }
  }
  return out;
}
function parseWorkflowUri(uri, server) {
  if (uri === void 0 || !uri.startsWith(`${server}/`)) return void 0;
  const m = /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(uri.slice(server.length + 1));
  return m === null ? void 0 : { repository: m[1], path: m[2], ref: m[3] };
}
function checkSigner(cert, p, o = {}) {
  const server = (p.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const uri = cert.extensions.buildSignerURI ?? cert.subjectAlternativeName;
  const wf = parseWorkflowUri(uri, server);
  if (wf === void 0)
    return [
      {
        ok: false,
        message: `the signer ${JSON.stringify(uri ?? null)} is not a GitHub Actions workflow of ${server}: evidence must be signed by a workflow`
      }
    ];
  const out = [];
  const expected = p.signerRepository ?? p.repository;
  if (expected === void 0) {
    out.push({ ok: false, message: "no --repository: the signing workflow cannot be checked" });
  } else if (wf.repository !== expected) {
    out.push({
      ok: false,
      message: `the signing workflow ${uri} lives in ${wf.repository}, not in ${expected}: a workflow in another repository signs for whoever calls it. Pass --signer-repository ${wf.repository} only if that reusable workflow is one you trust`
    });
  } else out.push({ ok: true, message: `the signing workflow lives in ${expected}` });
  if (wf.ref.startsWith("refs/pull/")) {
    const why = `the signing workflow ran from ${wf.ref}: on pull_request the workflow file comes from the pull request's merge ref, so the pull request's author controls it and the evidence proves what that file did, not what the gate decided`;
    out.push(
      o.allowPullRequestWorkflow === true ? { ok: true, message: `accepted because --allow-pull-request-workflow was given: ${why}` } : {
        ok: false,
        message: `${why}. Run the gate from pull_request_target, a required workflow or a reusable workflow pinned to a protected ref (docs/evidence.md), or pass --allow-pull-request-workflow`
      }
    );
  }
  if (p.workflowRef === void 0 && p.identity === void 0 && p.identityRegexp === void 0) {
    out.push({
      ok: false,
      message: `the signing workflow's ref is not pinned (it ran from ${wf.ref}): with --repository alone a workflow on any branch, such as one a pull request's author pushed, would be accepted. Pass --workflow-path ${wf.path} --workflow-ref <a protected ref such as refs/heads/main>, or --certificate-identity`
    });
  }
  return out;
}

// action/verify/provenance.ts
init_define_MAESTRO_CODE_DIGESTS();
function checkProvenance(p, sig, t, c) {
  if (sig.certificate === void 0) {
    c.pass(
      "provenance",
      t,
      "key-signed: the provenance is vouched for by the key holder only (no certificate to cross-check)"
    );
    return;
  }
  const ext = sig.certificate.extensions;
  const workflow = p.buildDefinition.externalParameters.workflow;
  const github = p.buildDefinition.internalParameters.github;
  const pairs = [
    ["builder.id vs Build Signer URI", p.runDetails.builder.id, ext.buildSignerURI],
    [
      "externalParameters.workflow.repository vs Source Repository URI",
      workflow.repository,
      ext.sourceRepositoryURI
    ],
    [
      "externalParameters.workflow.ref vs Source Repository Ref",
      workflow.ref,
      ext.sourceRepositoryRef
    ],
    [
      "resolvedDependencies[0].digest.gitCommit vs Source Repository Digest",
      p.buildDefinition.resolvedDependencies[0]?.digest.gitCommit,
      ext.sourceRepositoryDigest
    ],
    [
      "metadata.invocationId vs Run Invocation URI",
      p.runDetails.metadata.invocationId,
      ext.runInvocationURI
    ],
    ["internalParameters.github.event_name vs Build Trigger", github.event_name, ext.buildTrigger],
    [
      "internalParameters.github.repository_id vs Source Repository Identifier",
      github.repository_id,
      ext.sourceRepositoryIdentifier
    ],
    [
      "internalParameters.github.repository_owner_id vs Source Repository Owner Identifier",
      github.repository_owner_id,
      ext.sourceRepositoryOwnerIdentifier
    ],
    [
      "internalParameters.github.runner_environment vs Runner Environment",
      github.runner_environment,
      ext.runnerEnvironment
    ]
  ];
  pairs.forEach(([what, claimed, certified], i) => {
    if (certified === void 0 && i >= 4) return;
    if (claimed !== void 0 && claimed === certified)
      c.pass("provenance", t, `${what}: ${claimed}`);
    else
      c.fail(
        "provenance",
        t,
        "VERIFY_PROVENANCE_MISMATCH",
        `${what}: provenance says ${JSON.stringify(claimed ?? null)}, certificate says ${JSON.stringify(certified ?? null)}`
      );
  });
}

// action/verify/bundle.ts
function subjectDigests(st) {
  return new Map(st.subject.map((s) => [s.name, s.digest]));
}
function checkKeyRepository(sig, input, t, c) {
  const map = input.trust.keyRepositories;
  const fp = sig.key?.fingerprint ?? "?";
  if (map === void 0) {
    if (input.trust.publicKey !== void 0 && sig.key === input.trust.publicKey)
      c.pass(
        "signer",
        t,
        `key ${fp} is trusted as given (--key); no trusted-keys file binds it to repositories`
      );
    return;
  }
  const repos = map.get(fp);
  const repository = input.repository ?? input.policy.repository;
  if (repos === void 0)
    c.fail("signer", t, "VERIFY_IDENTITY_MISMATCH", `key ${fp} is not in the trusted-keys file`);
  else if (repository === void 0 || !repos.includes(repository))
    c.fail(
      "signer",
      t,
      "VERIFY_IDENTITY_MISMATCH",
      `key ${fp} may sign evidence for ${repos.join(", ")}, not for ${repository ?? "(no --repository)"} (trusted-keys file)`
    );
  else c.pass("signer", t, `key ${fp} may sign evidence for ${repository} (trusted-keys file)`);
}
function verifyOne(b, input, mode, c) {
  const t = b.name;
  if (b.json instanceof Error) {
    c.fail("bundle", t, "VERIFY_BUNDLE_UNPARSEABLE", `not valid JSON: ${b.json.message}`);
    return void 0;
  }
  if (mode === "evidence") {
    const problem = strictBundleShape(b.json);
    if (problem !== void 0) {
      c.fail("bundle", t, "VERIFY_BUNDLE_UNPARSEABLE", problem);
      return void 0;
    }
    c.pass("bundle", t, `${BUNDLE_V03} with one DSSE signature`);
  }
  let sig;
  try {
    const artifact = mode === "signature" && input.artifacts?.length === 1 ? input.artifacts[0].bytes : void 0;
    sig = verifyBundleSignature(b.json, input.trust, {
      label: t,
      ...artifact === void 0 ? {} : { artifact },
      ...input.thresholds === void 0 ? {} : { thresholds: input.thresholds }
    });
  } catch (e) {
    const { code, message } = fromError(e, "VERIFY_SIGNATURE_INVALID");
    c.fail("signature", t, code, message);
    return void 0;
  }
  const th = `thresholds: tlog ${sig.thresholds.tlog}, ctlog ${sig.thresholds.ctlog}, timestamps ${sig.thresholds.timestamp}; found ${sig.tlogEntries} tlog entr${sig.tlogEntries === 1 ? "y" : "ies"}, ${sig.timestamps} timestamp(s)`;
  if (sig.keyKind === "public-key") {
    c.pass(
      "signature",
      t,
      `signed by the trusted key ${sig.key?.fingerprint ?? "?"} (${sig.key?.label ?? "key"}; ${th})`
    );
    const hint = b.json.verificationMaterial?.publicKey?.hint;
    if (mode === "evidence") {
      if (sig.key !== void 0 && hint === sig.key.hint)
        c.pass("key-hint", t, `key hint ${String(hint)} is base64(sha256(SPKI)) of the given key`);
      else
        c.fail(
          "key-hint",
          t,
          "VERIFY_SIGNATURE_INVALID",
          `key hint ${JSON.stringify(hint)} does not name the given key (${sig.key?.hint ?? "none"})`
        );
      checkKeyRepository(sig, input, t, c);
    }
    if (hasIdentityPolicy(input.policy)) {
      c.fail(
        "identity",
        t,
        "VERIFY_IDENTITY_MISMATCH",
        "an identity policy was given, but the bundle is signed with a key, not a certificate: its identity cannot be checked"
      );
    }
  } else {
    c.pass("signature", t, `certificate chains to the trust root, signature valid (${th})`);
    const cert = sig.certificate ?? { extensions: {}, notBefore: "", notAfter: "" };
    const repository = input.repository ?? input.policy.repository;
    const policy = {
      ...input.policy,
      ...repository === void 0 ? {} : { repository },
      ...input.signerRepository === void 0 ? {} : { signerRepository: input.signerRepository }
    };
    const results = [
      ...checkIdentity(cert, policy),
      ...mode === "evidence" ? checkSigner(cert, policy, {
        ...input.allowPullRequestWorkflow === true ? { allowPullRequestWorkflow: true } : {}
      }) : []
    ];
    for (const r of results) {
      if (r.ok) c.pass("identity", t, r.message);
      else c.fail("identity", t, "VERIFY_IDENTITY_MISMATCH", r.message);
    }
  }
  if (sig.envelope === void 0) {
    if (mode === "evidence") {
      c.fail(
        "payload-type",
        t,
        "VERIFY_STATEMENT_INVALID",
        "a message-signature bundle is not an attestation"
      );
      return void 0;
    }
    c.pass("artifact", t, "the message digest matches the artifact");
    return void 0;
  }
  if (sig.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    c.fail(
      "payload-type",
      t,
      "VERIFY_STATEMENT_INVALID",
      `payloadType is ${JSON.stringify(sig.envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`
    );
    return void 0;
  }
  c.pass("payload-type", t, IN_TOTO_PAYLOAD_TYPE);
  let st;
  try {
    st = JSON.parse(sig.envelope.payload.toString("utf8"));
  } catch (e) {
    c.fail(
      "statement",
      t,
      "VERIFY_STATEMENT_INVALID",
      `the payload is not JSON: ${describeThrown(e)}`
    );
    return void 0;
  }
  const v01 = mode === "signature" && st !== null && typeof st === "object" && st._type === IN_TOTO_STATEMENT_V01;
  if (v01) {
    st = { ...st, _type: STATEMENT_TYPE };
  }
  if (st === null || typeof st !== "object" || st._type !== STATEMENT_TYPE) {
    c.fail(
      "statement",
      t,
      "VERIFY_STATEMENT_INVALID",
      `statement _type is ${JSON.stringify(st?._type ?? null)}, expected ${STATEMENT_TYPE}${mode === "signature" ? ` (or ${IN_TOTO_STATEMENT_V01})` : ""}`
    );
    return void 0;
  }
  const problems = validateStatement(st);
  if (problems.length > 0) {
    c.fail(
      "statement",
      t,
      "VERIFY_STATEMENT_INVALID",
      `the statement is malformed: ${problems.map((p) => `${p.pointer || "/"} ${p.message}`).join("; ")}`
    );
    return void 0;
  }
  c.pass(
    "statement",
    t,
    `${v01 ? IN_TOTO_STATEMENT_V01 : STATEMENT_TYPE}, ${st.subject.length} subjects`
  );
  const digests = subjectDigests(st);
  const shas = new Set(
    st.subject.map((s) => s.digest["sha256"]).filter((x) => x !== void 0)
  );
  for (const a of input.artifacts ?? []) {
    const h = sha256Hex(a.bytes);
    if (shas.has(h)) c.pass("artifact", t, `${a.name} (sha256 ${h}) is a subject`);
    else
      c.fail(
        "artifact",
        t,
        "VERIFY_SUBJECT_MISMATCH",
        `${a.name} (sha256 ${h}) is not a subject of the statement`
      );
  }
  if (input.commit !== void 0) {
    const commits = st.subject.map((s) => s.digest["gitCommit"]).filter((x) => x !== void 0);
    if (commits.length === 1 && commits[0] === input.commit)
      c.pass("commit", t, `bound to commit ${input.commit}`);
    else
      c.fail(
        "commit",
        t,
        "VERIFY_SUBJECT_MISMATCH",
        `bound to commit ${JSON.stringify(commits)}, expected ${input.commit}`
      );
  }
  if (mode === "signature") return { bundle: t, statement: st, signature: sig };
  const ptProblems = validatePredicate(st.predicateType, st.predicate);
  if (ptProblems.length > 0) {
    c.fail(
      "predicate",
      t,
      "VERIFY_STATEMENT_INVALID",
      `${st.predicateType}: ${ptProblems.slice(0, 5).map((p) => `${p.pointer || "/"} ${p.message}`).join("; ")}`
    );
    return void 0;
  }
  c.pass("predicate", t, `${st.predicateType} matches its schema`);
  let subjectsOk = true;
  for (const [name, digest] of digests) {
    if (digest["sha256"] === void 0) continue;
    const bytes = input.files.get(name);
    if (bytes === void 0) {
      subjectsOk = false;
      c.fail(
        "subjects",
        t,
        "VERIFY_BUNDLE_MISSING",
        `subject ${name} is not in the evidence directory`
      );
    } else if (sha256Hex(bytes) !== digest["sha256"]) {
      subjectsOk = false;
      c.fail(
        "subjects",
        t,
        "VERIFY_SUBJECT_MISMATCH",
        `${name}: sha256 ${sha256Hex(bytes)} does not match the signed subject ${digest["sha256"]}`
      );
    }
  }
  if (subjectsOk)
    c.pass(
      "subjects",
      t,
      `every file subject matches its sha256 (${[...digests.values()].filter((d) => d["sha256"] !== void 0).length} files)`
    );
  if (st.predicateType === SLSA_PROVENANCE_V1)
    checkProvenance(st.predicate, sig, t, c);
  return { bundle: t, statement: st, signature: sig };
}

// action/verify/coverage.ts
init_define_MAESTRO_CODE_DIGESTS();
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
function checkCoverage(files, verified, allowUncovered, c) {
  if (files.size === 0) return;
  const subjects = /* @__PURE__ */ new Map();
  for (const v of verified)
    for (const s of v.statement.subject)
      if (s.digest["sha256"] !== void 0) subjects.set(s.name, s.digest["sha256"]);
  const statements = new Map(verified.map((v) => [v.bundle, v.statement]));
  let bundles = 0;
  let signed = 0;
  let stmts = 0;
  let failed = false;
  for (const [name, bytes] of files) {
    if (name.endsWith(".sigstore.json")) {
      bundles++;
      continue;
    }
    if (subjects.get(name) === sha256Hex(bytes)) {
      signed++;
      continue;
    }
    if (subjects.has(name)) continue;
    if (name.endsWith(".intoto.json")) {
      const st = statements.get(name.replace(/\.intoto\.json$/, ".sigstore.json"));
      let parsed;
      try {
        parsed = JSON.parse(bytes.toString("utf8"));
      } catch {
        parsed = void 0;
      }
      if (st !== void 0 && isDeepStrictEqual2(parsed, st)) {
        stmts++;
        continue;
      }
      if (st !== void 0) {
        failed = true;
        c.fail(
          "coverage",
          name,
          "VERIFY_UNCOVERED_FILE",
          `differs from the statement signed in ${name.replace(/\.intoto\.json$/, ".sigstore.json")}: it is not what was signed`
        );
        continue;
      }
    }
    if (allowUncovered.includes(name)) {
      c.warn(
        "coverage",
        name,
        `${name} is not covered by any signature; accepted because --allow-uncovered ${name} was given (its content is not verified)`
      );
      continue;
    }
    failed = true;
    c.fail(
      "coverage",
      name,
      "VERIFY_UNCOVERED_FILE",
      `not covered by any signature (no signed statement names it as a subject): it is not evidence and must not be trusted; remove it, or pass --allow-uncovered ${name} to accept it unverified`
    );
  }
  if (!failed)
    c.pass(
      "coverage",
      "",
      `every file is covered: ${signed} signed subject(s), ${stmts} signed statement(s), ${bundles} bundle(s)`
    );
}

// action/verify/run-set.ts
init_define_MAESTRO_CODE_DIGESTS();
import { isDeepStrictEqual as isDeepStrictEqual3 } from "node:util";

// action/verify/audit-log.ts
init_define_MAESTRO_CODE_DIGESTS();
function checkAuditChain(file, bytes, signed, c) {
  if (signed === void 0) return;
  const report = verifyAuditLog(bytes.toString("utf8"), {
    ...signed.head === null ? {} : { head: signed.head },
    lines: signed.records
  });
  if (report.ok) {
    c.pass(
      "audit-chain",
      file,
      `hash chain intact: ${report.lines} line(s), head ${report.head} is the signed head`
    );
    return;
  }
  for (const p of report.problems.slice(0, 5))
    c.fail(
      "audit-chain",
      file,
      "VERIFY_AUDIT_LOG_INVALID",
      `line ${p.line}: ${p.kind}: ${p.message}`
    );
}

// action/verify/run-set.ts
function checkRunSet(verified, input, c) {
  const byType = /* @__PURE__ */ new Map();
  for (const v of verified) {
    if (byType.has(v.statement.predicateType)) {
      c.fail(
        "statements",
        v.bundle,
        "VERIFY_STATEMENT_INVALID",
        `a second statement of type ${v.statement.predicateType} (also in ${byType.get(v.statement.predicateType).bundle})`
      );
    } else byType.set(v.statement.predicateType, v);
  }
  const first = verified[0];
  for (const v of verified.slice(1)) {
    if (!isDeepStrictEqual3(v.statement.subject, first.statement.subject)) {
      c.fail(
        "statements",
        v.bundle,
        "VERIFY_SUBJECT_MISMATCH",
        `its subjects differ from ${first.bundle}: the bundles are not from one run`
      );
    }
  }
  const signerOf = (v) => v.signature.certificate === void 0 ? "key" : `${v.signature.certificate.issuer ?? ""} ${v.signature.certificate.subjectAlternativeName ?? ""}`;
  for (const v of verified.slice(1)) {
    if (signerOf(v) !== signerOf(first))
      c.fail(
        "statements",
        v.bundle,
        "VERIFY_IDENTITY_MISMATCH",
        `signed by ${signerOf(v)}, but ${first.bundle} by ${signerOf(first)}`
      );
  }
  const prov = byType.get(SLSA_PROVENANCE_V1);
  if (prov === void 0)
    c.fail(
      "statements",
      "",
      "VERIFY_BUNDLE_MISSING",
      "no SLSA provenance statement (provenance.sigstore.json)"
    );
  const verdictSt = byType.get(PREDICATE_TYPES.verdict);
  if (verdictSt === void 0) {
    c.fail("verdict", "", "VERIFY_BUNDLE_MISSING", "no verdict statement (verdict.sigstore.json)");
    return void 0;
  }
  const verdict = verdictSt.statement.predicate;
  for (const r of verdict.reports) {
    if (!byType.has(r.predicate_type))
      c.fail(
        "statements",
        verdictSt.bundle,
        "VERIFY_BUNDLE_MISSING",
        `the verdict lists the ${r.gate} report (${r.predicate_type}), but no bundle carries it`
      );
  }
  if (verdict.audit_log !== null) {
    const audit = byType.get(PREDICATE_TYPES.audit);
    if (audit === void 0)
      c.fail(
        "statements",
        verdictSt.bundle,
        "VERIFY_BUNDLE_MISSING",
        "the verdict lists an audit log, but no audit-log statement is present"
      );
    const bytes = input.files.get(verdict.audit_log.file);
    if (bytes === void 0 || sha256Hex(bytes) !== verdict.audit_log.sha256) {
      c.fail(
        "audit-log",
        verdictSt.bundle,
        "VERIFY_SUBJECT_MISMATCH",
        `${verdict.audit_log.file} does not match the digest the verdict signed`
      );
    } else {
      c.pass(
        "audit-log",
        verdictSt.bundle,
        `${verdict.audit_log.file} sha256 ${verdict.audit_log.sha256}`
      );
      checkAuditChain(
        verdict.audit_log.file,
        bytes,
        audit?.statement.predicate,
        c
      );
    }
  }
  const extra = [...byType.keys()].filter(
    (k) => k !== SLSA_PROVENANCE_V1 && k !== PREDICATE_TYPES.verdict && k !== PREDICATE_TYPES.audit && !verdict.reports.some((r) => r.predicate_type === k)
  );
  for (const k of extra)
    c.fail(
      "statements",
      "",
      "VERIFY_STATEMENT_INVALID",
      `a ${k} statement that the verdict does not list`
    );
  const vf = input.files.get(EVIDENCE_FILES.verdict);
  if (vf !== void 0) {
    let same = false;
    try {
      same = isDeepStrictEqual3(JSON.parse(vf.toString("utf8")), verdict);
    } catch {
      same = false;
    }
    if (same) c.pass("verdict-file", EVIDENCE_FILES.verdict, "equals the signed verdict predicate");
    else
      c.fail(
        "verdict-file",
        EVIDENCE_FILES.verdict,
        "VERIFY_SUBJECT_MISMATCH",
        "differs from the signed verdict predicate"
      );
  }
  return verdictSt;
}

// action/verify/verify.ts
function unsignedReason(files) {
  const m = files.get(EVIDENCE_FILES.manifest);
  if (m === void 0) return ": pass --evidence-dir <dir> or --bundle <file>";
  try {
    const manifest = JSON.parse(m.toString("utf8"));
    if (manifest.signed === false)
      return `: the evidence was written unsigned (${typeof manifest.signing?.reason === "string" ? manifest.signing.reason : "no reason recorded"}), so it cannot be verified`;
  } catch {
  }
  return ": the evidence directory holds no *.sigstore.json";
}
function verifyRun(input) {
  const mode = input.mode ?? "evidence";
  const c = new Checks();
  if (input.bundles.length === 0) {
    c.fail(
      "bundles",
      "",
      "VERIFY_BUNDLE_MISSING",
      `no bundle to verify${unsignedReason(input.files)}`
    );
  }
  const verified = [];
  for (const b of input.bundles) {
    const v = verifyOne(b, input, mode, c);
    if (v !== void 0) verified.push(v);
  }
  let verdict;
  if (mode === "evidence" && verified.length === input.bundles.length && verified.length > 0) {
    const verdictSt = checkRunSet(verified, input, c);
    if (verdictSt !== void 0) {
      verdict = verdictSt.statement.predicate;
      checkBinding(verdictSt, verified, input, c);
      checkCoverage(input.files, verified, input.allowUncovered ?? [], c);
      if (input.decide !== false) {
        const a = acceptVerdict(verdict, input);
        if (a.ok) c.pass("verdict", verdictSt.bundle, a.message);
        else c.fail("verdict", verdictSt.bundle, "VERIFY_VERDICT_NOT_ACCEPTED", a.message);
        if (a.warning !== void 0) c.warnings.push(a.warning);
      }
    }
  }
  const failed = c.list.find((x) => !x.ok);
  const decision = verified.find((v) => v.statement.predicateType === PREDICATE_TYPES.verdict)?.statement.predicate;
  const report = {
    ok: failed === void 0,
    reason_code: failed?.code ?? "VERIFY_OK",
    checks: c.list,
    ...decision?.verdict?.decision === void 0 ? {} : { verdict: decision.verdict.decision },
    ...verdict?.binding === void 0 ? {} : { binding: verdict.binding },
    warnings: c.warnings
  };
  return { report, ...verdict === void 0 ? {} : { verdict } };
}

// action/verify/freshness.ts
function newer(a, b) {
  const t = Date.parse(a.time) - Date.parse(b.time);
  if (t !== 0 && !Number.isNaN(t)) return t;
  const num = (x) => /^\d+$/.test(x) ? Number(x) : 0;
  return num(a.run.id) - num(b.run.id) || num(a.run.attempt) - num(b.run.attempt);
}
var SEVERITY = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };
function verifyRuns(runs) {
  if (runs.length === 1) return verifyRun(runs[0].input).report;
  const c = new Checks();
  const results = runs.map((r) => ({
    label: r.label,
    run: verifyRun({ ...r.input, decide: false })
  }));
  for (const { label, run: run2 } of results) {
    for (const x of run2.report.checks)
      c.list.push({ ...x, target: x.target === "" ? label : `${label}/${x.target}` });
    c.warnings.push(...run2.report.warnings);
  }
  const decided = results.filter((r) => r.run.report.ok && r.run.verdict !== void 0);
  if (decided.length === results.length && decided.length > 0) {
    decided.sort(
      (a2, b) => newer(b.run.verdict.binding, a2.run.verdict.binding) || SEVERITY[b.run.verdict.verdict.decision] - SEVERITY[a2.run.verdict.verdict.decision]
    );
    const newest2 = decided[0];
    const v = newest2.run.verdict;
    const older = decided.slice(1).map(
      (r) => `${r.label} (run ${r.run.verdict.binding.run.id}, ${r.run.verdict.binding.time}, ${r.run.verdict.verdict.decision})`
    );
    c.pass(
      "freshness",
      newest2.label,
      `the newest of ${decided.length} runs decides: ${newest2.label} (run ${v.binding.run.id} attempt ${v.binding.run.attempt}, signed at ${v.binding.time}, ${v.verdict.decision}); older: ${older.join("; ")}`
    );
    const a = acceptVerdict(v, runs[0].input);
    const overruled = decided.slice(1).some((r) => r.run.verdict.verdict.decision !== v.verdict.decision);
    const note = overruled ? " (the newest run decides; an older run decided otherwise)" : "";
    if (a.ok) c.pass("verdict", newest2.label, `${a.message}${note}`);
    else
      c.fail(
        "verdict",
        newest2.label,
        overruled ? "VERIFY_NOT_FRESH" : "VERIFY_VERDICT_NOT_ACCEPTED",
        `${a.message}${note}`
      );
    if (a.warning !== void 0) c.warnings.push(a.warning);
  }
  const failed = c.list.find((x) => !x.ok);
  const newest = decided[0]?.run.verdict;
  return {
    ok: failed === void 0,
    reason_code: failed?.code ?? "VERIFY_OK",
    checks: c.list,
    ...newest === void 0 ? {} : { verdict: newest.verdict.decision, binding: newest.binding },
    warnings: c.warnings
  };
}

// action/verify/cli.ts
var VERIFY_EXIT = { ok: 0, failed: 1, usage: 64 };
var VERIFY_USAGE = `Usage: maestro-gate verify (--evidence-dir DIR... | --bundle FILE...) TRUST --repository OWNER/NAME (--commit SHA | --artifact FILE) [options]

Trust (from your own configuration, never from the evidence; nothing is fetched unless you ask):
  --key PEM                      public key of key-signed evidence
  --key-fingerprint sha256:HEX   pin the key (required when the key file sits inside the evidence)
  --trusted-keys FILE            keys and the repositories each may sign for:
                                 {"schema_version":1,"keys":[{"fingerprint":"sha256:\u2026","repositories":["o/r"],"public_key":"PEM"}]}
  --trusted-root FILE            a pinned Sigstore trusted_root.json (GitHub's instance, a private one, a test root)
  --trusted-root-sha256 HEX      pin the trusted root file (required when it sits inside the evidence)
  --public-good-offline          the public-good Sigstore root as seeded in @sigstore/tuf (no network)
  --public-good                  refresh the public-good root over TUF (network)
Binding (required; what the release ships):
  --repository OWNER/NAME        the repository the evidence must be for
  --commit SHA                   the head commit the evidence must be for
  --artifact FILE                this file's sha256 must be a subject (repeatable)
  --repository-id ID, --pull-request N, --base-ref REF, --base-sha SHA   more of the binding to expect
  --not-before TIME              refuse evidence signed before TIME (ISO 8601)
  --insecure-skip-binding        pass without --repository or a commit/artifact (said loudly)
Signer (keyless; matching is on whole values):
  --certificate-oidc-issuer S    exact issuer, e.g. https://token.actions.githubusercontent.com
  --certificate-oidc-issuer-regexp RE
  --certificate-identity S       exact certificate identity (SAN)
  --certificate-identity-regexp RE   must compile on its own and match the whole identity
  --workflow-path PATH --workflow-ref REF   SAN must be <server>/<signer repository>/PATH@REF
  --signer-repository OWNER/NAME the signing workflow lives there (a reusable workflow), not in --repository
  --allow-pull-request-workflow  accept a workflow that ran from refs/pull/* (the PR's author controls it)
  --server-url URL               GitHub server (default https://github.com)
Checks:
  --allow-uncovered NAME         accept this unsigned file in the evidence directory (repeatable, said loudly)
  --approval-receipt FILE        a signed approval receipt from the approval app (repeatable): a
                                 PAUSE_FOR_HITL verdict passes only with one for the same head and verdict
  --approval-key FILE            the approval app's public key (PEM) the receipt must be signed with
  --allow-pause                  accept a PAUSE_FOR_HITL verdict WITHOUT checking approvals (said loudly)
  --expect-verdict DECISION      require exactly RUN, PAUSE_FOR_HITL or STOPPED (audits: prove a PR was stopped)
  --signature-only               Sigstore-level checks only (any bundle; no Maestro Gate predicates)
  --tlog-threshold N, --ctlog-threshold N, --timestamp-threshold N   override the explicit defaults
Several --evidence-dir: each must verify, and the newest run decides.
Output:
  --format text|json

Exit codes: 0 verified, 1 a check failed, 64 usage error.
`;
async function readJson(path) {
  const text = await readFile2(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    return new Error(describeThrown(e));
  }
}
function int(v, flag) {
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v))
    throw new VerifyUsageError(`${flag} takes a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}
async function runVerifyCli(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        "evidence-dir": { type: "string", multiple: true },
        "key-fingerprint": { type: "string" },
        "trusted-keys": { type: "string" },
        "trusted-root-sha256": { type: "string" },
        "signer-repository": { type: "string" },
        "allow-pull-request-workflow": { type: "boolean" },
        "insecure-skip-binding": { type: "boolean" },
        "allow-uncovered": { type: "string", multiple: true },
        "repository-id": { type: "string" },
        "pull-request": { type: "string" },
        "base-ref": { type: "string" },
        "base-sha": { type: "string" },
        "not-before": { type: "string" },
        bundle: { type: "string", multiple: true },
        artifact: { type: "string", multiple: true },
        key: { type: "string" },
        "trusted-root": { type: "string" },
        "public-good": { type: "boolean" },
        "public-good-offline": { type: "boolean" },
        "certificate-oidc-issuer": { type: "string" },
        "certificate-oidc-issuer-regexp": { type: "string" },
        "certificate-identity": { type: "string" },
        "certificate-identity-regexp": { type: "string" },
        repository: { type: "string" },
        "workflow-path": { type: "string" },
        "workflow-ref": { type: "string" },
        "server-url": { type: "string" },
        commit: { type: "string" },
        "allow-pause": { type: "boolean" },
        "approval-receipt": { type: "string", multiple: true },
        "approval-key": { type: "string" },
        "expect-verdict": { type: "string" },
        "signature-only": { type: "boolean" },
        "tlog-threshold": { type: "string" },
        "ctlog-threshold": { type: "string" },
        "timestamp-threshold": { type: "string" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    io.stderr(`maestro-gate verify: ${describeThrown(e)}

${VERIFY_USAGE}`);
    return VERIFY_EXIT.usage;
  }
  if (values["help"] === true) {
    io.stdout(VERIFY_USAGE);
    return VERIFY_EXIT.ok;
  }
  const format = values["format"] ?? "text";
  try {
    if (format !== "text" && format !== "json")
      throw new VerifyUsageError(`--format must be text or json, got ${JSON.stringify(format)}`);
    const report = await run(values);
    print(report, format, io);
    return report.ok ? VERIFY_EXIT.ok : VERIFY_EXIT.failed;
  } catch (e) {
    if (e instanceof VerifyUsageError) {
      io.stderr(`maestro-gate verify: ${e.message}

${VERIFY_USAGE}`);
      return VERIFY_EXIT.usage;
    }
    const code = e instanceof MaestroError ? e.code : "VERIFY_BUNDLE_MISSING";
    const report = {
      ok: false,
      reason_code: code,
      checks: [{ check: "load", target: "", ok: false, code, message: describeThrown(e) }],
      warnings: []
    };
    print(report, format, io);
    return VERIFY_EXIT.failed;
  }
}
async function readEvidenceDir(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new MaestroError(
      "VERIFY_BUNDLE_MISSING",
      `the evidence directory ${dir} cannot be read: ${describeThrown(e)}`
    );
  }
  const files = /* @__PURE__ */ new Map();
  const bundles = [];
  for (const d of entries.filter((x) => !x.isFile()).sort((a, b) => a.name.localeCompare(b.name)))
    files.set(
      d.isDirectory() ? `${d.name}/` : d.name,
      Buffer.from(`not a regular file: ${d.name}`)
    );
  const names = entries.filter((d) => d.isFile()).map((d) => d.name).sort();
  for (const n of names) files.set(n, await readFile2(join(dir, n)));
  for (const n of names.filter((x) => x.endsWith(".sigstore.json")))
    bundles.push({ name: n, json: await readJson(join(dir, n)) });
  return { files, bundles };
}
async function run(v) {
  const dirs = v["evidence-dir"] ?? [];
  const bundlePaths = v["bundle"] ?? [];
  if (dirs.length === 0 && bundlePaths.length === 0)
    throw new VerifyUsageError("pass --evidence-dir DIR or --bundle FILE");
  const signatureOnly = v["signature-only"] === true;
  const trustCount = [
    v["key"],
    v["trusted-root"],
    v["trusted-keys"],
    v["public-good"],
    v["public-good-offline"]
  ].filter((x) => x !== void 0 && x !== false).length;
  if (trustCount === 0)
    throw new VerifyUsageError(
      "no trust root: pass --key PEM, --trusted-keys FILE, --trusted-root FILE, --public-good-offline or --public-good"
    );
  if (v["public-good"] === true && v["public-good-offline"] === true)
    throw new VerifyUsageError("--public-good and --public-good-offline exclude each other");
  if ((v["trusted-root"] !== void 0 ? 1 : 0) + (v["public-good"] === true || v["public-good-offline"] === true ? 1 : 0) > 1) {
    throw new VerifyUsageError("pass one trusted root: --trusted-root or --public-good(-offline)");
  }
  const skipBinding = v["insecure-skip-binding"] === true;
  const artifactPaths = v["artifact"] ?? [];
  if (!signatureOnly && !skipBinding) {
    if (v["repository"] === void 0)
      throw new VerifyUsageError(
        "pass --repository OWNER/NAME: evidence is bound to the repository it was made for, and verify checks that binding (--insecure-skip-binding passes without it, loudly)"
      );
    if (v["commit"] === void 0 && artifactPaths.length === 0)
      throw new VerifyUsageError(
        "pass --commit SHA (or --artifact FILE): evidence is bound to a commit, and a release must say which one it ships (--insecure-skip-binding passes without it, loudly)"
      );
  }
  const notBefore = v["not-before"];
  if (notBefore !== void 0 && Number.isNaN(Date.parse(notBefore)))
    throw new VerifyUsageError(
      `--not-before takes an ISO 8601 time, got ${JSON.stringify(notBefore)}`
    );
  const pr = v["pull-request"];
  if (pr !== void 0 && !/^[1-9]\d*$/.test(pr))
    throw new VerifyUsageError(
      `--pull-request takes a pull request number, got ${JSON.stringify(pr)}`
    );
  const thresholds = {};
  const tl = int(v["tlog-threshold"], "--tlog-threshold");
  const ct = int(v["ctlog-threshold"], "--ctlog-threshold");
  const ts = int(v["timestamp-threshold"], "--timestamp-threshold");
  if (tl !== void 0) thresholds.tlog = tl;
  if (ct !== void 0) thresholds.ctlog = ct;
  if (ts !== void 0) thresholds.timestamp = ts;
  await refuseTrustFromEvidence(v, [
    ...dirs,
    ...signatureOnly ? [] : bundlePaths.map((p) => dirname(p))
  ]);
  const trust = await loadTrustFrom(v);
  const sets = [];
  for (const d of dirs) sets.push({ label: d, ...await readEvidenceDir(d) });
  if (bundlePaths.length > 0) {
    const bundles = [];
    for (const p of bundlePaths) {
      try {
        bundles.push({ name: basename2(p), json: await readJson(p) });
      } catch (e) {
        throw new MaestroError(
          "VERIFY_BUNDLE_MISSING",
          `${p} cannot be read: ${describeThrown(e)}`
        );
      }
    }
    if (sets.length === 1) sets[0].bundles.push(...bundles);
    else sets.push({ label: "bundles", files: /* @__PURE__ */ new Map(), bundles });
  }
  const artifacts = [];
  for (const a of artifactPaths) {
    try {
      artifacts.push({ name: basename2(a), bytes: await readFile2(a) });
    } catch (e) {
      throw new MaestroError(
        "VERIFY_BUNDLE_MISSING",
        `artifact ${a} cannot be read: ${describeThrown(e)}`
      );
    }
  }
  const policy = {};
  const map = [
    ["issuer", "certificate-oidc-issuer"],
    ["issuerRegexp", "certificate-oidc-issuer-regexp"],
    ["identity", "certificate-identity"],
    ["identityRegexp", "certificate-identity-regexp"],
    ["workflowPath", "workflow-path"],
    ["workflowRef", "workflow-ref"],
    ["serverUrl", "server-url"]
  ];
  for (const [k, flag] of map) if (typeof v[flag] === "string") policy[k] = v[flag];
  const str = (flag) => typeof v[flag] === "string" ? v[flag] : void 0;
  const expect = {};
  if (str("repository-id") !== void 0) expect.repositoryId = str("repository-id");
  if (pr !== void 0) expect.pullRequest = Number(pr);
  if (str("base-ref") !== void 0) expect.baseRef = str("base-ref");
  if (str("base-sha") !== void 0) expect.baseSha = str("base-sha");
  const common = {
    artifacts,
    trust,
    policy,
    ...str("commit") === void 0 ? {} : { commit: str("commit") },
    ...str("repository") === void 0 ? {} : { repository: str("repository") },
    ...str("signer-repository") === void 0 ? {} : { signerRepository: str("signer-repository") },
    expect,
    skipBinding,
    ...notBefore === void 0 ? {} : { notBefore: new Date(notBefore) },
    allowPullRequestWorkflow: v["allow-pull-request-workflow"] === true,
    allowUncovered: v["allow-uncovered"] ?? [],
    allowPause: v["allow-pause"] === true,
    ...await approvalsFrom(v),
    ...expectVerdict(v["expect-verdict"]),
    mode: signatureOnly ? "signature" : "evidence",
    thresholds
  };
  return verifyRuns(
    sets.map((set) => ({
      label: set.label,
      input: { ...common, bundles: set.bundles, files: set.files }
    }))
  );
}
function expectVerdict(value) {
  if (value === void 0) return {};
  if (value === "RUN" || value === "PAUSE_FOR_HITL" || value === "STOPPED")
    return { expectVerdict: value };
  throw new VerifyUsageError(
    `--expect-verdict must be RUN, PAUSE_FOR_HITL or STOPPED (got ${JSON.stringify(value)})`
  );
}
function print(report, format, io) {
  if (format === "json") {
    io.stdout(`${JSON.stringify(report, null, 2)}
`);
    return;
  }
  for (const c of report.checks) {
    io.stdout(
      `${c.ok ? "PASS" : "FAIL"} ${c.check}${c.target === "" ? "" : ` [${c.target}]`}: ${c.message}${c.ok ? "" : ` (${c.code})`}
`
    );
  }
  for (const w of report.warnings) io.stdout(`WARNING: ${w}
`);
  const failed = report.checks.filter((c) => !c.ok).length;
  io.stdout(
    report.ok ? `verified: ${report.checks.length} checks passed${report.verdict === void 0 ? "" : `, verdict ${report.verdict}`}${report.binding === void 0 ? "" : `, bound to ${describeBinding(report.binding)}`}${report.warnings.length === 0 ? "" : ` (${report.warnings.length} warning(s) above)`}
` : `NOT verified: ${failed} of ${report.checks.length} checks failed (${report.reason_code})
`
  );
}
export {
  VERIFY_EXIT,
  VERIFY_USAGE,
  runVerifyCli
};
