import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  resolveConfig
} from "./chunk-JKBYALV2.js";
import {
  BOOL,
  CelCompileError,
  CelEvalError,
  CelRuntimeError,
  DYN,
  INT,
  STRING,
  assertInside,
  compatible,
  compileClosure,
  criticalFromBase,
  findContained,
  isGlob,
  joinTypes,
  listOf,
  listSpecs,
  loadInvariantIndex,
  loadInvariants,
  opsFor,
  quantifierOf,
  referencesInvariants,
  refusedLinks,
  renderTemplate,
  require_picomatch,
  resolveContained,
  showValue,
  showValue2,
  step,
  toPosix,
  typeName,
  withBudget
} from "./chunk-6RO2GJDO.js";
import {
  require_lib,
  require_lib2,
  require_lib3
} from "./chunk-WQSZFRNU.js";
import {
  BINDING_SCHEMA,
  EVIDENCE_FILES,
  GITHUB_WORKFLOW_BUILD_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  LOCAL_BUILDER_ID,
  LOCAL_BUILD_TYPE,
  PREDICATE_TYPES,
  REPORT_GATES,
  SLSA_PROVENANCE_V1,
  STATEMENT_NAMES,
  STATEMENT_TYPE,
  generateEphemeralKey,
  loadSigningKey,
  require_dist as require_dist3,
  require_dist2 as require_dist4,
  require_v2,
  validatePredicate,
  validateStatement
} from "./chunk-67KKS43Z.js";
import {
  AuditLog,
  scanText
} from "./chunk-QKDSKTXR.js";
import {
  require_dist as require_dist2
} from "./chunk-2XLE5OA3.js";
import {
  ENTRYPOINT,
  LAYOUT_ENTRYPOINT,
  ResultCache,
  compilePolicy,
  decide,
  evaluate,
  exceptionName,
  loadRoutingPolicy,
  loadWasmPolicy,
  readPolicySources,
  resolveSettings,
  ruleRole,
  runWithDeadline,
  underNamespace
} from "./chunk-TQ4T5PJN.js";
import {
  DEFAULT_CONFIG_PATH,
  NO_OPA_TOOLCHAIN,
  fixedOpaToolchain,
  gateEnabled,
  loadConfig,
  opaToolchainFromEnvironment
} from "./chunk-6E7NV6HS.js";
import {
  package_default
} from "./chunk-5UVTVGXT.js";
import {
  parseYamlSource,
  positionOf,
  require_dist
} from "./chunk-6OE3NXPB.js";
import {
  UsageError,
  didYouMean,
  parseCliArgs
} from "./chunk-QERIFQIF.js";
import "./chunk-XPEKZT6D.js";
import {
  validateGateOutcome,
  validateGateRun
} from "./chunk-5WDJNOWP.js";
import {
  problemsOf,
  require_ucs2length
} from "./chunk-YGX6R5VT.js";
import {
  canonicalJson,
  sha256,
  sha256Hex,
  sha256Json
} from "./chunk-ZLXOS2ZN.js";
import {
  MaestroError,
  describeThrown,
  formatLocation,
  normaliseThrown,
  toError
} from "./chunk-G6ONNIUE.js";
import {
  __commonJS,
  __require,
  __toESM,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// node_modules/@sigstore/sign/dist/util/oidc.js
var require_oidc = __commonJS({
  "node_modules/@sigstore/sign/dist/util/oidc.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extractJWTSubject = extractJWTSubject;
    var core_1 = require_dist4();
    function extractJWTSubject(jwt) {
      const parts = jwt.split(".", 3);
      const payload = JSON.parse(core_1.encoding.base64Decode(parts[1]));
      if (payload.email) {
        if (!payload.email_verified) {
          throw new Error("JWT email not verified by issuer");
        }
        return payload.email;
      }
      if (payload.sub) {
        return payload.sub;
      } else {
        throw new Error("JWT subject not found");
      }
    }
  }
});

// node_modules/@sigstore/sign/package.json
var require_package = __commonJS({
  "node_modules/@sigstore/sign/package.json"(exports, module) {
    module.exports = {
      name: "@sigstore/sign",
      version: "4.1.1",
      description: "Sigstore signing library",
      main: "dist/index.js",
      types: "dist/index.d.ts",
      scripts: {
        clean: "shx rm -rf dist *.tsbuildinfo",
        build: "tsc --build",
        test: "jest"
      },
      files: [
        "dist"
      ],
      author: "bdehamer@github.com",
      license: "Apache-2.0",
      repository: {
        type: "git",
        url: "git+https://github.com/sigstore/sigstore-js.git"
      },
      bugs: {
        url: "https://github.com/sigstore/sigstore-js/issues"
      },
      homepage: "https://github.com/sigstore/sigstore-js/tree/main/packages/sign#readme",
      publishConfig: {
        provenance: true
      },
      devDependencies: {
        "@sigstore/jest": "^0.0.0",
        "@sigstore/mock": "^0.12.0",
        "@sigstore/rekor-types": "^4.0.0",
        "@types/make-fetch-happen": "^10.0.4"
      },
      dependencies: {
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.0",
        "@sigstore/protobuf-specs": "^0.5.0",
        "make-fetch-happen": "^15.0.4",
        "proc-log": "^6.1.0",
        "@gar/promise-retry": "^1.0.2"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    };
  }
});

// node_modules/@sigstore/sign/dist/util/ua.js
var require_ua = __commonJS({
  "node_modules/@sigstore/sign/dist/util/ua.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getUserAgent = void 0;
    var os_1 = __importDefault(__require("os"));
    var getUserAgent = () => {
      const packageVersion = require_package().version;
      const nodeVersion = process.version;
      const platformName = os_1.default.platform();
      const archName = os_1.default.arch();
      return `sigstore-js/${packageVersion} (Node ${nodeVersion}) (${platformName}/${archName})`;
    };
    exports.getUserAgent = getUserAgent;
  }
});

// node_modules/@sigstore/sign/dist/util/index.js
var require_util = __commonJS({
  "node_modules/@sigstore/sign/dist/util/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ua = exports.oidc = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = void 0;
    var core_1 = require_dist4();
    Object.defineProperty(exports, "crypto", { enumerable: true, get: function() {
      return core_1.crypto;
    } });
    Object.defineProperty(exports, "dsse", { enumerable: true, get: function() {
      return core_1.dsse;
    } });
    Object.defineProperty(exports, "encoding", { enumerable: true, get: function() {
      return core_1.encoding;
    } });
    Object.defineProperty(exports, "json", { enumerable: true, get: function() {
      return core_1.json;
    } });
    Object.defineProperty(exports, "pem", { enumerable: true, get: function() {
      return core_1.pem;
    } });
    exports.oidc = __importStar(require_oidc());
    exports.ua = __importStar(require_ua());
  }
});

// node_modules/@sigstore/sign/dist/bundler/base.js
var require_base = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/base.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseBundleBuilder = void 0;
    var BaseBundleBuilder = class {
      signer;
      witnesses;
      constructor(options) {
        this.signer = options.signer;
        this.witnesses = options.witnesses;
      }
      // Executes the signing/witnessing process for the given artifact.
      async create(artifact) {
        const signature = await this.prepare(artifact).then((blob) => this.signer.sign(blob));
        const bundle = await this.package(artifact, signature);
        const verificationMaterials = await Promise.all(this.witnesses.map((witness) => witness.testify(bundle.content, publicKey(signature.key))));
        const tlogEntryList = [];
        const timestampList = [];
        verificationMaterials.forEach(({ tlogEntries, rfc3161Timestamps }) => {
          tlogEntryList.push(...tlogEntries ?? []);
          timestampList.push(...rfc3161Timestamps ?? []);
        });
        bundle.verificationMaterial.tlogEntries = tlogEntryList;
        bundle.verificationMaterial.timestampVerificationData = {
          rfc3161Timestamps: timestampList
        };
        return bundle;
      }
      // Override this function to apply any pre-signing transformations to the
      // artifact. The returned buffer will be signed by the signer. The default
      // implementation simply returns the artifact data.
      async prepare(artifact) {
        return artifact.data;
      }
    };
    exports.BaseBundleBuilder = BaseBundleBuilder;
    function publicKey(key) {
      switch (key.$case) {
        case "publicKey":
          return key.publicKey;
        case "x509Certificate":
          return key.certificate;
      }
    }
  }
});

// node_modules/@sigstore/sign/dist/bundler/bundle.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/bundle.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var sigstore = __importStar(require_dist3());
    var util_1 = require_util();
    function toMessageSignatureBundle(artifact, signature) {
      const digest = util_1.crypto.digest("sha256", artifact.data);
      return sigstore.toMessageSignatureBundle({
        digest,
        signature: signature.signature,
        certificate: signature.key.$case === "x509Certificate" ? util_1.pem.toDER(signature.key.certificate) : void 0,
        keyHint: signature.key.$case === "publicKey" ? signature.key.hint : void 0,
        certificateChain: true
      });
    }
    function toDSSEBundle(artifact, signature, certificateChain) {
      return sigstore.toDSSEBundle({
        artifact: artifact.data,
        artifactType: artifact.type,
        signature: signature.signature,
        certificate: signature.key.$case === "x509Certificate" ? util_1.pem.toDER(signature.key.certificate) : void 0,
        keyHint: signature.key.$case === "publicKey" ? signature.key.hint : void 0,
        certificateChain
      });
    }
  }
});

// node_modules/@sigstore/sign/dist/bundler/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/dsse.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSEBundleBuilder = void 0;
    var util_1 = require_util();
    var base_1 = require_base();
    var bundle_1 = require_bundle();
    var DSSEBundleBuilder2 = class extends base_1.BaseBundleBuilder {
      certificateChain;
      constructor(options) {
        super(options);
        this.certificateChain = options.certificateChain ?? false;
      }
      // DSSE requires the artifact to be pre-encoded with the payload type
      // before the signature is generated.
      async prepare(artifact) {
        const a = artifactDefaults(artifact);
        return util_1.dsse.preAuthEncoding(a.type, a.data);
      }
      // Packages the artifact and signature into a DSSE bundle
      async package(artifact, signature) {
        return (0, bundle_1.toDSSEBundle)(artifactDefaults(artifact), signature, this.certificateChain);
      }
    };
    exports.DSSEBundleBuilder = DSSEBundleBuilder2;
    function artifactDefaults(artifact) {
      return {
        ...artifact,
        type: artifact.type ?? ""
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/bundler/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/message.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureBundleBuilder = void 0;
    var base_1 = require_base();
    var bundle_1 = require_bundle();
    var MessageSignatureBundleBuilder = class extends base_1.BaseBundleBuilder {
      constructor(options) {
        super(options);
      }
      async package(artifact, signature) {
        return (0, bundle_1.toMessageSignatureBundle)(artifact, signature);
      }
    };
    exports.MessageSignatureBundleBuilder = MessageSignatureBundleBuilder;
  }
});

// node_modules/@sigstore/sign/dist/bundler/index.js
var require_bundler = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureBundleBuilder = exports.DSSEBundleBuilder = void 0;
    var dsse_1 = require_dsse();
    Object.defineProperty(exports, "DSSEBundleBuilder", { enumerable: true, get: function() {
      return dsse_1.DSSEBundleBuilder;
    } });
    var message_1 = require_message();
    Object.defineProperty(exports, "MessageSignatureBundleBuilder", { enumerable: true, get: function() {
      return message_1.MessageSignatureBundleBuilder;
    } });
  }
});

// node_modules/@sigstore/sign/dist/external/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/sign/dist/external/error.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HTTPError = void 0;
    var HTTPError = class extends Error {
      statusCode;
      location;
      constructor({ status, message, location }) {
        super(`(${status}) ${message}`);
        this.statusCode = status;
        this.location = location;
      }
    };
    exports.HTTPError = HTTPError;
  }
});

// node_modules/@sigstore/sign/dist/error.js
var require_error2 = __commonJS({
  "node_modules/@sigstore/sign/dist/error.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.InternalError = void 0;
    exports.internalError = internalError;
    var error_1 = require_error();
    var InternalError = class extends Error {
      code;
      cause;
      constructor({ code: code3, message, cause }) {
        super(message);
        this.name = this.constructor.name;
        this.cause = cause;
        this.code = code3;
      }
    };
    exports.InternalError = InternalError;
    function internalError(err, code3, message) {
      if (err instanceof error_1.HTTPError) {
        message += ` - ${err.message}`;
      }
      throw new InternalError({
        code: code3,
        message,
        cause: err
      });
    }
  }
});

// node_modules/@sigstore/sign/dist/external/fetch.js
var require_fetch = __commonJS({
  "node_modules/@sigstore/sign/dist/external/fetch.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fetchWithRetry = fetchWithRetry;
    var promise_retry_1 = require_lib();
    var http2_1 = __require("http2");
    var make_fetch_happen_1 = __importDefault(require_lib3());
    var proc_log_1 = require_lib2();
    var util_1 = require_util();
    var error_1 = require_error();
    var { HTTP2_HEADER_LOCATION, HTTP2_HEADER_CONTENT_TYPE, HTTP2_HEADER_USER_AGENT, HTTP_STATUS_INTERNAL_SERVER_ERROR, HTTP_STATUS_TOO_MANY_REQUESTS, HTTP_STATUS_REQUEST_TIMEOUT } = http2_1.constants;
    async function fetchWithRetry(url, options) {
      return (0, promise_retry_1.promiseRetry)(async (retry, attemptNum) => {
        const method = options.method || "POST";
        const headers = {
          [HTTP2_HEADER_USER_AGENT]: util_1.ua.getUserAgent(),
          ...options.headers
        };
        const response = await (0, make_fetch_happen_1.default)(url, {
          method,
          headers,
          body: options.body,
          timeout: options.timeout,
          retry: false
          // We're handling retries ourselves
        }).catch((reason) => {
          proc_log_1.log.http("fetch", `${method} ${url} attempt ${attemptNum} failed with ${reason}`);
          return retry(reason);
        });
        if (response.ok) {
          return response;
        } else {
          const error = await errorFromResponse(response);
          proc_log_1.log.http("fetch", `${method} ${url} attempt ${attemptNum} failed with ${response.status}`);
          if (retryable(response.status)) {
            return retry(error);
          } else {
            throw error;
          }
        }
      }, retryOpts(options.retry));
    }
    var errorFromResponse = async (response) => {
      let message = response.statusText;
      const location = response.headers.get(HTTP2_HEADER_LOCATION) || void 0;
      const contentType = response.headers.get(HTTP2_HEADER_CONTENT_TYPE);
      if (contentType?.includes("application/json")) {
        try {
          const body = await response.json();
          message = body.message || message;
        } catch (e) {
        }
      }
      return new error_1.HTTPError({
        status: response.status,
        message,
        location
      });
    };
    var retryable = (status) => [HTTP_STATUS_REQUEST_TIMEOUT, HTTP_STATUS_TOO_MANY_REQUESTS].includes(status) || status >= HTTP_STATUS_INTERNAL_SERVER_ERROR;
    var retryOpts = (retry) => {
      if (typeof retry === "boolean") {
        return { retries: retry ? 1 : 0 };
      } else if (typeof retry === "number") {
        return { retries: retry };
      } else {
        return { retries: 0, ...retry };
      }
    };
  }
});

// node_modules/@sigstore/sign/dist/external/fulcio.js
var require_fulcio = __commonJS({
  "node_modules/@sigstore/sign/dist/external/fulcio.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Fulcio = void 0;
    var fetch_1 = require_fetch();
    var Fulcio = class {
      options;
      constructor(options) {
        this.options = options;
      }
      async createSigningCertificate(request) {
        const { baseURL, retry, timeout } = this.options;
        const url = `${baseURL}/api/v2/signingCert`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json"
          },
          body: JSON.stringify(request),
          timeout,
          retry
        });
        return response.json();
      }
    };
    exports.Fulcio = Fulcio;
  }
});

// node_modules/@sigstore/sign/dist/signer/fulcio/ca.js
var require_ca = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/fulcio/ca.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CAClient = void 0;
    var error_1 = require_error2();
    var fulcio_1 = require_fulcio();
    var CAClient = class {
      fulcio;
      constructor(options) {
        this.fulcio = new fulcio_1.Fulcio({
          baseURL: options.fulcioBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createSigningCertificate(identityToken, publicKey, challenge) {
        const request = toCertificateRequest(identityToken, publicKey, challenge);
        try {
          const resp = await this.fulcio.createSigningCertificate(request);
          const cert = resp.signedCertificateEmbeddedSct ? resp.signedCertificateEmbeddedSct : resp.signedCertificateDetachedSct;
          return cert.chain.certificates;
        } catch (err) {
          (0, error_1.internalError)(err, "CA_CREATE_SIGNING_CERTIFICATE_ERROR", "error creating signing certificate");
        }
      }
    };
    exports.CAClient = CAClient;
    function toCertificateRequest(identityToken, publicKey, challenge) {
      return {
        credentials: {
          oidcIdentityToken: identityToken
        },
        publicKeyRequest: {
          publicKey: {
            algorithm: "ECDSA",
            content: publicKey
          },
          proofOfPossession: challenge.toString("base64")
        }
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/signer/fulcio/ephemeral.js
var require_ephemeral = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/fulcio/ephemeral.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EphemeralSigner = void 0;
    var crypto_1 = __require("crypto");
    var EC_KEYPAIR_TYPE = "ec";
    var P256_CURVE = "P-256";
    var EphemeralSigner = class {
      keypair;
      constructor() {
        this.keypair = (0, crypto_1.generateKeyPairSync)(EC_KEYPAIR_TYPE, {
          namedCurve: P256_CURVE
        });
      }
      async sign(data) {
        const signature = (0, crypto_1.sign)("sha256", data, this.keypair.privateKey);
        const publicKey = this.keypair.publicKey.export({ format: "pem", type: "spki" }).toString("ascii");
        return {
          signature,
          key: { $case: "publicKey", publicKey }
        };
      }
    };
    exports.EphemeralSigner = EphemeralSigner;
  }
});

// node_modules/@sigstore/sign/dist/signer/fulcio/index.js
var require_fulcio2 = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/fulcio/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FulcioSigner = exports.DEFAULT_FULCIO_URL = void 0;
    var error_1 = require_error2();
    var util_1 = require_util();
    var ca_1 = require_ca();
    var ephemeral_1 = require_ephemeral();
    exports.DEFAULT_FULCIO_URL = "https://fulcio.sigstore.dev";
    var FulcioSigner2 = class {
      ca;
      identityProvider;
      keyHolder;
      constructor(options) {
        this.ca = new ca_1.CAClient({
          ...options,
          fulcioBaseURL: options.fulcioBaseURL || /* istanbul ignore next */
          exports.DEFAULT_FULCIO_URL
        });
        this.identityProvider = options.identityProvider;
        this.keyHolder = options.keyHolder || new ephemeral_1.EphemeralSigner();
      }
      async sign(data) {
        const identityToken = await this.getIdentityToken();
        let subject;
        try {
          subject = util_1.oidc.extractJWTSubject(identityToken);
        } catch (err) {
          throw new error_1.InternalError({
            code: "IDENTITY_TOKEN_PARSE_ERROR",
            message: `invalid identity token: ${identityToken}`,
            cause: err
          });
        }
        const challenge = await this.keyHolder.sign(Buffer.from(subject));
        if (challenge.key.$case !== "publicKey") {
          throw new error_1.InternalError({
            code: "CA_CREATE_SIGNING_CERTIFICATE_ERROR",
            message: "unexpected format for signing key"
          });
        }
        const certificates = await this.ca.createSigningCertificate(identityToken, challenge.key.publicKey, challenge.signature);
        const signature = await this.keyHolder.sign(data);
        return {
          signature: signature.signature,
          key: {
            $case: "x509Certificate",
            certificate: certificates[0]
          }
        };
      }
      async getIdentityToken() {
        try {
          return await this.identityProvider.getToken();
        } catch (err) {
          throw new error_1.InternalError({
            code: "IDENTITY_TOKEN_READ_ERROR",
            message: "error retrieving identity token",
            cause: err
          });
        }
      }
    };
    exports.FulcioSigner = FulcioSigner2;
  }
});

// node_modules/@sigstore/sign/dist/signer/index.js
var require_signer = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FulcioSigner = exports.DEFAULT_FULCIO_URL = void 0;
    var fulcio_1 = require_fulcio2();
    Object.defineProperty(exports, "DEFAULT_FULCIO_URL", { enumerable: true, get: function() {
      return fulcio_1.DEFAULT_FULCIO_URL;
    } });
    Object.defineProperty(exports, "FulcioSigner", { enumerable: true, get: function() {
      return fulcio_1.FulcioSigner;
    } });
  }
});

// node_modules/@sigstore/sign/dist/external/rekor.js
var require_rekor = __commonJS({
  "node_modules/@sigstore/sign/dist/external/rekor.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Rekor = void 0;
    var fetch_1 = require_fetch();
    var Rekor = class {
      options;
      constructor(options) {
        this.options = options;
      }
      /**
       * Create a new entry in the Rekor log.
       * @param propsedEntry {ProposedEntry} Data to create a new entry
       * @returns {Promise<Entry>} The created entry
       */
      async createEntry(propsedEntry) {
        const { baseURL, timeout, retry } = this.options;
        const url = `${baseURL}/api/v1/log/entries`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json"
          },
          body: JSON.stringify(propsedEntry),
          timeout,
          retry
        });
        const data = await response.json();
        return entryFromResponse(data);
      }
      /**
       * Get an entry from the Rekor log.
       * @param uuid {string} The UUID of the entry to retrieve
       * @returns {Promise<Entry>} The retrieved entry
       */
      async getEntry(uuid) {
        const { baseURL, timeout, retry } = this.options;
        const url = `${baseURL}/api/v1/log/entries/${uuid}`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          method: "GET",
          headers: {
            Accept: "application/json"
          },
          timeout,
          retry
        });
        const data = await response.json();
        return entryFromResponse(data);
      }
    };
    exports.Rekor = Rekor;
    function entryFromResponse(data) {
      const entries = Object.entries(data);
      if (entries.length != 1) {
        throw new Error("Received multiple entries in Rekor response");
      }
      const [uuid, entry] = entries[0];
      return {
        ...entry,
        uuid
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/external/rekor-v2.js
var require_rekor_v2 = __commonJS({
  "node_modules/@sigstore/sign/dist/external/rekor-v2.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RekorV2 = void 0;
    var fetch_1 = require_fetch();
    var protobuf_specs_1 = require_dist2();
    var v2_1 = require_v2();
    var RekorV2 = class {
      options;
      constructor(options) {
        this.options = options;
      }
      async createEntry(proposedEntry) {
        const { baseURL, timeout, retry } = this.options;
        const url = `${baseURL}/api/v2/log/entries`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json"
          },
          body: JSON.stringify(v2_1.CreateEntryRequest.toJSON(proposedEntry)),
          timeout,
          retry
        });
        return response.json().then((data) => protobuf_specs_1.TransparencyLogEntry.fromJSON(data));
      }
    };
    exports.RekorV2 = RekorV2;
  }
});

// node_modules/@sigstore/sign/dist/witness/tlog/client.js
var require_client = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tlog/client.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TLogV2Client = exports.TLogClient = void 0;
    var error_1 = require_error2();
    var error_2 = require_error();
    var rekor_1 = require_rekor();
    var rekor_v2_1 = require_rekor_v2();
    var TLogClient = class {
      rekor;
      fetchOnConflict;
      constructor(options) {
        this.fetchOnConflict = options.fetchOnConflict ?? false;
        this.rekor = new rekor_1.Rekor({
          baseURL: options.rekorBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createEntry(proposedEntry) {
        let entry;
        try {
          entry = await this.rekor.createEntry(proposedEntry);
        } catch (err) {
          if (entryExistsError(err) && this.fetchOnConflict) {
            const uuid = err.location.split("/").pop() || "";
            try {
              entry = await this.rekor.getEntry(uuid);
            } catch (err2) {
              (0, error_1.internalError)(err2, "TLOG_FETCH_ENTRY_ERROR", "error fetching tlog entry");
            }
          } else {
            (0, error_1.internalError)(err, "TLOG_CREATE_ENTRY_ERROR", "error creating tlog entry");
          }
        }
        return entry;
      }
    };
    exports.TLogClient = TLogClient;
    function entryExistsError(value) {
      return value instanceof error_2.HTTPError && value.statusCode === 409 && value.location !== void 0;
    }
    var TLogV2Client = class {
      rekor;
      constructor(options) {
        this.rekor = new rekor_v2_1.RekorV2({
          baseURL: options.rekorBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createEntry(createEntryRequest) {
        let entry;
        try {
          entry = await this.rekor.createEntry(createEntryRequest);
        } catch (err) {
          (0, error_1.internalError)(err, "TLOG_CREATE_ENTRY_ERROR", "error creating tlog entry");
        }
        if (entry.logId === void 0 || entry.kindVersion === void 0) {
          (0, error_1.internalError)(new Error("invalid tlog entry"), "TLOG_CREATE_ENTRY_ERROR", "error creating tlog entry");
        }
        return {
          ...entry,
          logId: entry.logId,
          kindVersion: entry.kindVersion
        };
      }
    };
    exports.TLogV2Client = TLogV2Client;
  }
});

// node_modules/@sigstore/sign/dist/witness/tlog/entry.js
var require_entry = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tlog/entry.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toProposedEntry = toProposedEntry;
    exports.toCreateEntryRequest = toCreateEntryRequest;
    var bundle_1 = require_dist3();
    var protobuf_specs_1 = require_dist2();
    var util_1 = require_util();
    var SHA256_ALGORITHM = "sha256";
    function toProposedEntry(content, publicKey, entryType = "dsse") {
      switch (content.$case) {
        case "dsseEnvelope":
          if (entryType === "intoto") {
            return toProposedIntotoEntry(content.dsseEnvelope, publicKey);
          }
          return toProposedDSSEEntry(content.dsseEnvelope, publicKey);
        case "messageSignature":
          return toProposedHashedRekordEntry(content.messageSignature, publicKey);
      }
    }
    function toProposedHashedRekordEntry(messageSignature, publicKey) {
      const hexDigest = messageSignature.messageDigest.digest.toString("hex");
      const b64Signature = messageSignature.signature.toString("base64");
      const b64Key = util_1.encoding.base64Encode(publicKey);
      return {
        apiVersion: "0.0.1",
        kind: "hashedrekord",
        spec: {
          data: {
            hash: {
              algorithm: SHA256_ALGORITHM,
              value: hexDigest
            }
          },
          signature: {
            content: b64Signature,
            publicKey: {
              content: b64Key
            }
          }
        }
      };
    }
    function toProposedDSSEEntry(envelope, publicKey) {
      const envelopeJSON = JSON.stringify((0, bundle_1.envelopeToJSON)(envelope));
      const encodedKey = util_1.encoding.base64Encode(publicKey);
      return {
        apiVersion: "0.0.1",
        kind: "dsse",
        spec: {
          proposedContent: {
            envelope: envelopeJSON,
            verifiers: [encodedKey]
          }
        }
      };
    }
    function toProposedIntotoEntry(envelope, publicKey) {
      const payloadHash = util_1.crypto.digest(SHA256_ALGORITHM, envelope.payload).toString("hex");
      const envelopeHash = calculateDSSEHash(envelope, publicKey);
      const payload = util_1.encoding.base64Encode(envelope.payload.toString("base64"));
      const sig = util_1.encoding.base64Encode(envelope.signatures[0].sig.toString("base64"));
      const keyid = envelope.signatures[0].keyid;
      const encodedKey = util_1.encoding.base64Encode(publicKey);
      const dsse = {
        payloadType: envelope.payloadType,
        payload,
        signatures: [{ sig, publicKey: encodedKey }]
      };
      if (keyid.length > 0) {
        dsse.signatures[0].keyid = keyid;
      }
      return {
        apiVersion: "0.0.2",
        kind: "intoto",
        spec: {
          content: {
            envelope: dsse,
            hash: { algorithm: SHA256_ALGORITHM, value: envelopeHash },
            payloadHash: { algorithm: SHA256_ALGORITHM, value: payloadHash }
          }
        }
      };
    }
    function calculateDSSEHash(envelope, publicKey) {
      const dsse = {
        payloadType: envelope.payloadType,
        payload: envelope.payload.toString("base64"),
        signatures: [
          { sig: envelope.signatures[0].sig.toString("base64"), publicKey }
        ]
      };
      if (envelope.signatures[0].keyid.length > 0) {
        dsse.signatures[0].keyid = envelope.signatures[0].keyid;
      }
      return util_1.crypto.digest(SHA256_ALGORITHM, util_1.json.canonicalize(dsse)).toString("hex");
    }
    function toCreateEntryRequest(content, publicKey) {
      switch (content.$case) {
        case "dsseEnvelope":
          return toCreateEntryRequestDSSE(content.dsseEnvelope, publicKey);
        case "messageSignature":
          return toCreateEntryRequestMessageSignature(content.messageSignature, publicKey);
      }
    }
    function toCreateEntryRequestDSSE(envelope, publicKey) {
      return {
        spec: {
          $case: "dsseRequestV002",
          dsseRequestV002: {
            envelope,
            verifiers: [
              {
                // TODO: We need to add support of passing the key details in the
                // signature bundle. For now we're hardcoding the key details here.
                keyDetails: protobuf_specs_1.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
                verifier: {
                  $case: "x509Certificate",
                  x509Certificate: {
                    rawBytes: util_1.pem.toDER(publicKey)
                  }
                }
              }
            ]
          }
        }
      };
    }
    function toCreateEntryRequestMessageSignature(messageSignature, publicKey) {
      return {
        spec: {
          $case: "hashedRekordRequestV002",
          hashedRekordRequestV002: {
            digest: messageSignature.messageDigest.digest,
            signature: {
              content: messageSignature.signature,
              verifier: {
                // TODO: We need to add support of passing the key details in the
                // signature bundle. For now we're hardcoding the key details here.
                keyDetails: protobuf_specs_1.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
                verifier: {
                  $case: "x509Certificate",
                  x509Certificate: {
                    rawBytes: util_1.pem.toDER(publicKey)
                  }
                }
              }
            }
          }
        }
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/witness/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tlog/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RekorWitness = exports.DEFAULT_REKOR_URL = void 0;
    var util_1 = require_util();
    var client_1 = require_client();
    var entry_1 = require_entry();
    exports.DEFAULT_REKOR_URL = "https://rekor.sigstore.dev";
    var RekorWitness2 = class {
      tlogV1;
      tlogV2;
      entryType;
      majorApiVersion;
      constructor(options) {
        this.entryType = options.entryType;
        this.majorApiVersion = options.majorApiVersion || 1;
        this.tlogV1 = new client_1.TLogClient({
          ...options,
          rekorBaseURL: options.rekorBaseURL || /* istanbul ignore next */
          exports.DEFAULT_REKOR_URL
        });
        this.tlogV2 = new client_1.TLogV2Client({
          ...options,
          rekorBaseURL: options.rekorBaseURL || /* istanbul ignore next */
          exports.DEFAULT_REKOR_URL
        });
      }
      async testify(content, publicKey) {
        let tlogEntry;
        if (this.majorApiVersion === 2) {
          const request = (0, entry_1.toCreateEntryRequest)(content, publicKey);
          tlogEntry = await this.tlogV2.createEntry(request);
        } else {
          const proposedEntry = (0, entry_1.toProposedEntry)(content, publicKey, this.entryType);
          const entry = await this.tlogV1.createEntry(proposedEntry);
          tlogEntry = toTransparencyLogEntry(entry);
        }
        return { tlogEntries: [tlogEntry] };
      }
    };
    exports.RekorWitness = RekorWitness2;
    function toTransparencyLogEntry(entry) {
      const logID = Buffer.from(entry.logID, "hex");
      const bodyJSON = util_1.encoding.base64Decode(entry.body);
      const entryBody = JSON.parse(bodyJSON);
      const promise = entry?.verification?.signedEntryTimestamp ? inclusionPromise(entry.verification.signedEntryTimestamp) : void 0;
      const proof = entry?.verification?.inclusionProof ? inclusionProof(entry.verification.inclusionProof) : void 0;
      const tlogEntry = {
        logIndex: entry.logIndex.toString(),
        logId: {
          keyId: logID
        },
        integratedTime: entry.integratedTime.toString(),
        kindVersion: {
          kind: entryBody.kind,
          version: entryBody.apiVersion
        },
        inclusionPromise: promise,
        inclusionProof: proof,
        canonicalizedBody: Buffer.from(entry.body, "base64")
      };
      return tlogEntry;
    }
    function inclusionPromise(promise) {
      return {
        signedEntryTimestamp: Buffer.from(promise, "base64")
      };
    }
    function inclusionProof(proof) {
      return {
        logIndex: proof.logIndex.toString(),
        treeSize: proof.treeSize.toString(),
        rootHash: Buffer.from(proof.rootHash, "hex"),
        hashes: proof.hashes.map((h) => Buffer.from(h, "hex")),
        checkpoint: {
          envelope: proof.checkpoint
        }
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/external/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/sign/dist/external/tsa.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TimestampAuthority = void 0;
    var fetch_1 = require_fetch();
    var TimestampAuthority = class {
      options;
      constructor(options) {
        this.options = options;
      }
      async createTimestamp(request) {
        const { baseURL, timeout, retry } = this.options;
        const url = new URL(baseURL).pathname === "/" ? `${baseURL}/api/v1/timestamp` : baseURL;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json"
          },
          body: JSON.stringify(request),
          timeout,
          retry
        });
        return response.buffer();
      }
    };
    exports.TimestampAuthority = TimestampAuthority;
  }
});

// node_modules/@sigstore/sign/dist/witness/tsa/client.js
var require_client2 = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tsa/client.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAClient = void 0;
    var error_1 = require_error2();
    var tsa_1 = require_tsa();
    var util_1 = require_util();
    var SHA256_ALGORITHM = "sha256";
    var TSAClient = class {
      tsa;
      constructor(options) {
        this.tsa = new tsa_1.TimestampAuthority({
          baseURL: options.tsaBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createTimestamp(signature) {
        const request = {
          artifactHash: util_1.crypto.digest(SHA256_ALGORITHM, signature).toString("base64"),
          hashAlgorithm: SHA256_ALGORITHM
        };
        try {
          return await this.tsa.createTimestamp(request);
        } catch (err) {
          (0, error_1.internalError)(err, "TSA_CREATE_TIMESTAMP_ERROR", "error creating timestamp");
        }
      }
    };
    exports.TSAClient = TSAClient;
  }
});

// node_modules/@sigstore/sign/dist/witness/tsa/index.js
var require_tsa2 = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tsa/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAWitness = void 0;
    var client_1 = require_client2();
    var TSAWitness2 = class {
      tsa;
      constructor(options) {
        this.tsa = new client_1.TSAClient({
          tsaBaseURL: options.tsaBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async testify(content) {
        const signature = extractSignature(content);
        const timestamp = await this.tsa.createTimestamp(signature);
        return {
          rfc3161Timestamps: [{ signedTimestamp: timestamp }]
        };
      }
    };
    exports.TSAWitness = TSAWitness2;
    function extractSignature(content) {
      switch (content.$case) {
        case "dsseEnvelope":
          return content.dsseEnvelope.signatures[0].sig;
        case "messageSignature":
          return content.messageSignature.signature;
      }
    }
  }
});

// node_modules/@sigstore/sign/dist/witness/index.js
var require_witness = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAWitness = exports.RekorWitness = exports.DEFAULT_REKOR_URL = void 0;
    var tlog_1 = require_tlog();
    Object.defineProperty(exports, "DEFAULT_REKOR_URL", { enumerable: true, get: function() {
      return tlog_1.DEFAULT_REKOR_URL;
    } });
    Object.defineProperty(exports, "RekorWitness", { enumerable: true, get: function() {
      return tlog_1.RekorWitness;
    } });
    var tsa_1 = require_tsa2();
    Object.defineProperty(exports, "TSAWitness", { enumerable: true, get: function() {
      return tsa_1.TSAWitness;
    } });
  }
});

// node_modules/@sigstore/sign/dist/config.js
var require_config = __commonJS({
  "node_modules/@sigstore/sign/dist/config.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.bundleBuilderFromSigningConfig = bundleBuilderFromSigningConfig;
    var protobuf_specs_1 = require_dist2();
    var dsse_1 = require_dsse();
    var message_1 = require_message();
    var signer_1 = require_signer();
    var witness_1 = require_witness();
    var MAX_CA_API_VERSION = 1;
    var MAX_TLOG_API_VERSION = 2;
    var MAX_TSA_API_VERSION = 1;
    var DEFAULT_TIMEOUT = 5e3;
    var DEFAULT_REKORV2_TIMEOUT = 2e4;
    var DEFAULT_RETRY = { retries: 2 };
    function bundleBuilderFromSigningConfig(options) {
      const { signingConfig, identityProvider, bundleType } = options;
      const fetchOptions = options.fetchOptions || {
        timeout: DEFAULT_TIMEOUT,
        retry: DEFAULT_RETRY
      };
      const signer = fulcioSignerFromConfig(signingConfig, identityProvider, fetchOptions);
      const witnesses = witnessesFromConfig(signingConfig, fetchOptions);
      switch (bundleType) {
        case "messageSignature":
          return new message_1.MessageSignatureBundleBuilder({ signer, witnesses });
        case "dsseEnvelope":
          return new dsse_1.DSSEBundleBuilder({ signer, witnesses });
      }
    }
    function fulcioSignerFromConfig(signingConfig, identityProvider, fetchOptions) {
      const service = certAuthorityService(signingConfig);
      return new signer_1.FulcioSigner({
        fulcioBaseURL: service.url,
        identityProvider,
        timeout: fetchOptions.timeout,
        retry: fetchOptions.retry
      });
    }
    function witnessesFromConfig(signingConfig, fetchOptions) {
      const witnesses = [];
      if (signingConfig.rekorTlogConfig) {
        if (signingConfig.rekorTlogConfig.selector !== protobuf_specs_1.ServiceSelector.ANY) {
          throw new Error("Unsupported Rekor TLog selector in signing configuration");
        }
        const tlog = tlogService(signingConfig);
        witnesses.push(new witness_1.RekorWitness({
          rekorBaseURL: tlog.url,
          majorApiVersion: tlog.majorApiVersion,
          retry: fetchOptions.retry,
          timeout: (
            // Ensure Rekor V2 has at least a 20 second timeout
            tlog.majorApiVersion === 1 ? fetchOptions.timeout : Math.min(fetchOptions.timeout || /* istanbul ignore next */
            DEFAULT_TIMEOUT, DEFAULT_REKORV2_TIMEOUT)
          )
        }));
      }
      if (signingConfig.tsaConfig) {
        if (signingConfig.tsaConfig.selector !== protobuf_specs_1.ServiceSelector.ANY) {
          throw new Error("Unsupported TSA selector in signing configuration");
        }
        const tsa = tsaService(signingConfig);
        witnesses.push(new witness_1.TSAWitness({
          tsaBaseURL: tsa.url,
          retry: fetchOptions.retry,
          timeout: fetchOptions.timeout
        }));
      }
      return witnesses;
    }
    function certAuthorityService(signingConfig) {
      const compatibleCAs = filterServicesByMaxAPIVersion(signingConfig.caUrls, MAX_CA_API_VERSION);
      const sortedCAs = sortServicesByStartDate(compatibleCAs);
      if (sortedCAs.length === 0) {
        throw new Error("No valid CA services found in signing configuration");
      }
      return sortedCAs[0];
    }
    function tlogService(signingConfig) {
      const compatibleTLogs = filterServicesByMaxAPIVersion(signingConfig.rekorTlogUrls, MAX_TLOG_API_VERSION);
      const sortedTLogs = sortServicesByStartDate(compatibleTLogs);
      if (sortedTLogs.length === 0) {
        throw new Error("No valid TLogs found in signing configuration");
      }
      return sortedTLogs[0];
    }
    function tsaService(signingConfig) {
      const compatibleTSAs = filterServicesByMaxAPIVersion(signingConfig.tsaUrls, MAX_TSA_API_VERSION);
      const sortedTSAs = sortServicesByStartDate(compatibleTSAs);
      if (sortedTSAs.length === 0) {
        throw new Error("No valid TSAs found in signing configuration");
      }
      return sortedTSAs[0];
    }
    function sortServicesByStartDate(services) {
      const now = /* @__PURE__ */ new Date();
      const validServices = services.filter((service) => {
        if (!service.validFor?.end) {
          return true;
        }
        return service.validFor.end >= now;
      });
      return validServices.sort((a, b) => {
        const aStart = a.validFor?.start?.getTime() ?? 0;
        const bStart = b.validFor?.start?.getTime() ?? 0;
        return bStart - aStart;
      });
    }
    function filterServicesByMaxAPIVersion(services, apiVersion) {
      return services.filter((service) => {
        return service.majorApiVersion <= apiVersion;
      });
    }
  }
});

// node_modules/@sigstore/sign/dist/identity/ci.js
var require_ci = __commonJS({
  "node_modules/@sigstore/sign/dist/identity/ci.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CIContextProvider = void 0;
    var make_fetch_happen_1 = __importDefault(require_lib3());
    var providers = [getGHAToken, getEnv];
    var CIContextProvider = class {
      audience;
      /* istanbul ignore next */
      constructor(audience = "sigstore") {
        this.audience = audience;
      }
      // Invoke all registered ProviderFuncs and return the value of whichever one
      // resolves first.
      async getToken() {
        return Promise.any(providers.map((getToken) => getToken(this.audience))).catch(() => Promise.reject("CI: no tokens available"));
      }
    };
    exports.CIContextProvider = CIContextProvider;
    async function getGHAToken(audience) {
      if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return Promise.reject("no token available");
      }
      const url = new URL(process.env.ACTIONS_ID_TOKEN_REQUEST_URL);
      url.searchParams.append("audience", audience);
      const response = await (0, make_fetch_happen_1.default)(url.href, {
        retry: 2,
        headers: {
          Accept: "application/json",
          Authorization: `Bearer ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`
        }
      });
      return response.json().then((data) => data.value);
    }
    async function getEnv() {
      if (!process.env.SIGSTORE_ID_TOKEN) {
        return Promise.reject("no token available");
      }
      return process.env.SIGSTORE_ID_TOKEN;
    }
  }
});

// node_modules/@sigstore/sign/dist/identity/index.js
var require_identity = __commonJS({
  "node_modules/@sigstore/sign/dist/identity/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CIContextProvider = void 0;
    var ci_1 = require_ci();
    Object.defineProperty(exports, "CIContextProvider", { enumerable: true, get: function() {
      return ci_1.CIContextProvider;
    } });
  }
});

// node_modules/@sigstore/sign/dist/index.js
var require_dist5 = __commonJS({
  "node_modules/@sigstore/sign/dist/index.js"(exports) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAWitness = exports.RekorWitness = exports.DEFAULT_REKOR_URL = exports.FulcioSigner = exports.DEFAULT_FULCIO_URL = exports.CIContextProvider = exports.InternalError = exports.bundleBuilderFromSigningConfig = exports.MessageSignatureBundleBuilder = exports.DSSEBundleBuilder = void 0;
    var bundler_1 = require_bundler();
    Object.defineProperty(exports, "DSSEBundleBuilder", { enumerable: true, get: function() {
      return bundler_1.DSSEBundleBuilder;
    } });
    Object.defineProperty(exports, "MessageSignatureBundleBuilder", { enumerable: true, get: function() {
      return bundler_1.MessageSignatureBundleBuilder;
    } });
    var config_1 = require_config();
    Object.defineProperty(exports, "bundleBuilderFromSigningConfig", { enumerable: true, get: function() {
      return config_1.bundleBuilderFromSigningConfig;
    } });
    var error_1 = require_error2();
    Object.defineProperty(exports, "InternalError", { enumerable: true, get: function() {
      return error_1.InternalError;
    } });
    var identity_1 = require_identity();
    Object.defineProperty(exports, "CIContextProvider", { enumerable: true, get: function() {
      return identity_1.CIContextProvider;
    } });
    var signer_1 = require_signer();
    Object.defineProperty(exports, "DEFAULT_FULCIO_URL", { enumerable: true, get: function() {
      return signer_1.DEFAULT_FULCIO_URL;
    } });
    Object.defineProperty(exports, "FulcioSigner", { enumerable: true, get: function() {
      return signer_1.FulcioSigner;
    } });
    var witness_1 = require_witness();
    Object.defineProperty(exports, "DEFAULT_REKOR_URL", { enumerable: true, get: function() {
      return witness_1.DEFAULT_REKOR_URL;
    } });
    Object.defineProperty(exports, "RekorWitness", { enumerable: true, get: function() {
      return witness_1.RekorWitness;
    } });
    Object.defineProperty(exports, "TSAWitness", { enumerable: true, get: function() {
      return witness_1.TSAWitness;
    } });
  }
});

// node_modules/escape-html/index.js
var require_escape_html = __commonJS({
  "node_modules/escape-html/index.js"(exports, module) {
    "use strict";
    init_define_MAESTRO_CODE_DIGESTS();
    var matchHtmlRegExp = /["'&<>]/;
    module.exports = escapeHtml2;
    function escapeHtml2(string) {
      var str3 = "" + string;
      var match = matchHtmlRegExp.exec(str3);
      if (!match) {
        return str3;
      }
      var escape;
      var html3 = "";
      var index = 0;
      var lastIndex = 0;
      for (index = match.index; index < str3.length; index++) {
        switch (str3.charCodeAt(index)) {
          case 34:
            escape = "&quot;";
            break;
          case 38:
            escape = "&amp;";
            break;
          case 39:
            escape = "&#39;";
            break;
          case 60:
            escape = "&lt;";
            break;
          case 62:
            escape = "&gt;";
            break;
          default:
            continue;
        }
        if (lastIndex !== index) {
          html3 += str3.substring(lastIndex, index);
        }
        lastIndex = index + 1;
        html3 += escape;
      }
      return lastIndex !== index ? html3 + str3.substring(lastIndex, index) : html3;
    }
  }
});

// action/cli/check.ts
init_define_MAESTRO_CODE_DIGESTS();
import { execFileSync as execFileSync3 } from "node:child_process";
import { readFileSync as readFileSync6, realpathSync as realpathSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { relative as relative6, resolve as resolve6, sep as sep4 } from "node:path";

// action/pipeline.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/evidence/index.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/evidence/boundary.ts
init_define_MAESTRO_CODE_DIGESTS();
function scanEvidence(files) {
  const hits = [];
  for (const f of files) {
    for (const h of scanText(f.content)) {
      const before = f.content.slice(0, h.index);
      const line = before.split("\n").length;
      const column = h.index - before.lastIndexOf("\n");
      hits.push({ file: f.name, pattern: h.pattern, kind: h.kind, line, column });
    }
  }
  return hits.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
  );
}
function describeHit(hit) {
  return `${hit.file}:${hit.line}:${hit.column}: ${hit.kind} pattern \`${hit.pattern}\``;
}

// action/evidence/env.ts
init_define_MAESTRO_CODE_DIGESTS();
var nonEmpty = (v) => v === void 0 || v.trim() === "" ? void 0 : v.trim();
function evidenceEnvFromVariables(vars) {
  const pick = (name) => nonEmpty(vars[name]);
  const env = {
    actions: vars["GITHUB_ACTIONS"] === "true",
    serverUrl: pick("GITHUB_SERVER_URL") ?? "https://github.com",
    repository: pick("GITHUB_REPOSITORY") ?? "local/repository"
  };
  const optional2 = [
    ["repositoryId", "GITHUB_REPOSITORY_ID"],
    ["repositoryOwnerId", "GITHUB_REPOSITORY_OWNER_ID"],
    ["workflowRef", "GITHUB_WORKFLOW_REF"],
    ["ref", "GITHUB_REF"],
    ["sha", "GITHUB_SHA"],
    ["eventName", "GITHUB_EVENT_NAME"],
    ["runId", "GITHUB_RUN_ID"],
    ["runAttempt", "GITHUB_RUN_ATTEMPT"],
    ["runnerEnvironment", "RUNNER_ENVIRONMENT"],
    ["repositoryVisibility", "MAESTRO_REPOSITORY_VISIBILITY"]
  ];
  for (const [key, name] of optional2) {
    const v = pick(name);
    if (v !== void 0) env[key] = v;
  }
  return env;
}

// action/evidence/policy.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_picomatch = __toESM(require_picomatch(), 1);

// action/contract/gate-result.ts
init_define_MAESTRO_CODE_DIGESTS();
function flagsFor(decision, sealed = false) {
  switch (decision) {
    case "RUN":
      return { sealed: false, overrideable: false };
    case "PAUSE_FOR_HITL":
      return { sealed: false, overrideable: true };
    case "STOPPED":
      return { sealed, overrideable: false };
  }
}
function outcome(decision, reason_code, findings, extra = {}) {
  const { sealed, ...rest } = extra;
  return { decision, reason_code, findings, ...flagsFor(decision, sealed ?? false), ...rest };
}

// action/evidence/policy.ts
var DEFAULT_PROTECTED_BRANCHES = ["main", "master", "release/**"];
var DEFAULT_UNSIGNED_ON_PROTECTED = "PAUSE_FOR_HITL";
var DEFAULT_UNSIGNED_ON_UNPROTECTED = "RUN";
function isProtectedBranch(baseRef, config, reportedProtected = false) {
  if (reportedProtected) return true;
  const branch = baseRef.replace(/^refs\/heads\//, "");
  const globs = config?.protected_branches ?? DEFAULT_PROTECTED_BRANCHES;
  return globs.some((g) => import_picomatch.default.isMatch(branch, g, { dot: true }));
}
function evidenceGateResult(plan, opts) {
  const inputs_digest = sha256Json({ plan, baseRef: opts.baseRef, config: opts.config ?? null });
  if (plan.mode !== "none") {
    return {
      gate: "evidence",
      decision: "RUN",
      reason_code: "OK",
      ...flagsFor("RUN"),
      final_decider: "SYSTEM",
      findings: [],
      inputs_digest,
      duration_ms: 0,
      summary: `evidence will be signed (${plan.mode === "key" ? "key-based" : "keyless, Sigstore"})`
    };
  }
  const protectedBase = isProtectedBranch(opts.baseRef, opts.config, opts.branchProtected === true);
  let decision = protectedBase ? opts.config?.unsigned_on_protected ?? DEFAULT_UNSIGNED_ON_PROTECTED : opts.config?.unsigned_on_unprotected ?? DEFAULT_UNSIGNED_ON_UNPROTECTED;
  if (protectedBase && decision === "RUN") decision = "PAUSE_FOR_HITL";
  const where = protectedBase ? `protected base branch ${opts.baseRef}` : opts.baseRef === "local" ? "local run, which names no base branch (pass --base-ref NAME to apply its policy)," : `unprotected base branch ${opts.baseRef}`;
  return {
    gate: "evidence",
    decision,
    reason_code: "EVIDENCE_UNSIGNED",
    ...flagsFor(decision),
    final_decider: "SYSTEM",
    findings: [
      {
        level: decision === "RUN" ? "warning" : "error",
        rule: "evidence.signing",
        message: `the evidence is unsigned: ${plan.reason}. On the ${where} this is ${decision}. To sign: grant \`id-token: write\` (keyless) or pass a P-256 key in the \`signing-key\` input.`
      }
    ],
    inputs_digest,
    duration_ms: 0,
    summary: `evidence unsigned: ${plan.reason}`,
    cards: [
      {
        title: "Evidence is unsigned",
        decision,
        reasons: [plan.reason],
        evidence: {},
        to_change: "Run the gate where it can sign: a workflow with `permissions: id-token: write` on a branch of this repository, or configure a signing key secret."
      }
    ]
  };
}

// action/evidence/statements.ts
init_define_MAESTRO_CODE_DIGESTS();
var str = (v) => typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : void 0;
function buildProvenance(env, claims = {}, startedOn) {
  const server = env.serverUrl.replace(/\/+$/, "");
  const repository = str(claims["repository"]) ?? env.repository;
  const ref = str(claims["ref"]) ?? env.ref ?? "unknown";
  const sha = str(claims["sha"]) ?? env.sha ?? "unknown";
  const workflowRef = str(claims["workflow_ref"]) ?? env.workflowRef;
  const jobWorkflowRef = str(claims["job_workflow_ref"]) ?? workflowRef;
  const runId = str(claims["run_id"]) ?? env.runId ?? "local";
  const attempt = str(claims["run_attempt"]) ?? env.runAttempt ?? "1";
  const path = workflowRef === void 0 ? "unknown" : workflowRef.replace(`${repository}/`, "").split("@")[0] ?? "unknown";
  const actions = env.actions || Object.keys(claims).length > 0;
  return {
    buildDefinition: {
      buildType: actions ? GITHUB_WORKFLOW_BUILD_TYPE : LOCAL_BUILD_TYPE,
      externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path } },
      internalParameters: {
        github: {
          event_name: str(claims["event_name"]) ?? env.eventName ?? "local",
          repository_id: str(claims["repository_id"]) ?? env.repositoryId ?? "",
          repository_owner_id: str(claims["repository_owner_id"]) ?? env.repositoryOwnerId ?? "",
          runner_environment: str(claims["runner_environment"]) ?? env.runnerEnvironment ?? (actions ? "unknown" : "local")
        }
      },
      resolvedDependencies: [
        { uri: `git+${server}/${repository}@${ref}`, digest: { gitCommit: sha } }
      ]
    },
    runDetails: {
      builder: {
        id: actions && jobWorkflowRef !== void 0 ? `${server}/${jobWorkflowRef}` : LOCAL_BUILDER_ID
      },
      metadata: {
        invocationId: actions ? `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}` : `${LOCAL_BUILDER_ID}/runs/${runId}`,
        ...startedOn === void 0 ? {} : { startedOn }
      }
    }
  };
}
function slim(result) {
  const { report: _report, ...rest } = result;
  return rest;
}
function buildBinding(run, facts, sha256Json2) {
  return {
    schema: BINDING_SCHEMA,
    repository: facts.repository,
    repository_id: facts.repositoryId ?? null,
    pull_request: facts.pullRequest === void 0 ? null : {
      number: facts.pullRequest.number,
      base_ref: typeof facts.pullRequest.baseRef === "string" && facts.pullRequest.baseRef !== "" ? facts.pullRequest.baseRef : null,
      base_sha: /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(String(facts.pullRequest.baseSha)) ? facts.pullRequest.baseSha : null
    },
    head_sha: facts.headSha,
    config_sha256: facts.configSha256 ?? null,
    gate_material_sha256: sha256Json2(run.gates.map((g) => [g.gate, g.inputs_digest])),
    workflow: { ref: facts.jobWorkflowRef ?? null, event: facts.eventName ?? null },
    run: { id: facts.runId, attempt: facts.runAttempt },
    time: facts.time
  };
}
function buildVerdictPredicate(run, binding, reports, auditLog) {
  const headSha = binding.head_sha;
  const repository = binding.repository;
  return {
    binding,
    run_id: run.run_id,
    tool: { name: run.tool.name, version: run.tool.version },
    started_at: run.started_at,
    head_sha: headSha,
    repository,
    verdict: run.verdict,
    gates: run.gates.map(slim),
    cards: run.gates.flatMap((g) => (g.cards ?? []).map((c) => ({ gate: g.gate, ...c }))),
    reports,
    audit_log: auditLog
  };
}
function buildGateReportPredicate(run, headSha, result) {
  return { run_id: run.run_id, head_sha: headSha, result };
}
function buildAuditLogPredicate(runId, file, bytes, sha256Hex2) {
  const text3 = bytes.toString("utf8");
  const lines = text3.split("\n").filter((l) => l.trim() !== "");
  const last = lines.at(-1);
  return {
    run_id: runId,
    file,
    sha256: sha256Hex2(bytes),
    bytes: bytes.length,
    records: lines.length,
    head: last === void 0 ? null : sha256Hex2(last)
  };
}
function statement(subject, predicateType, predicate) {
  return { _type: STATEMENT_TYPE, subject, predicateType, predicate };
}
function commitSubject(serverUrl, repository, sha) {
  return { name: `git+${serverUrl.replace(/\/+$/, "")}/${repository}`, digest: { gitCommit: sha } };
}

// action/evidence/summary.ts
init_define_MAESTRO_CODE_DIGESTS();
var PUBLIC_KEY_PLACEHOLDER = '"$MAESTRO_PUBLIC_KEY"';
function signedFromPullRequestRef(s) {
  return s.identity !== void 0 && s.identity.workflowRef.startsWith("refs/pull/");
}
var ICON = { RUN: "\u2705", PAUSE_FOR_HITL: "\u23F8\uFE0F", STOPPED: "\u26D4" };
function sh(arg) {
  if (arg === PUBLIC_KEY_PLACEHOLDER) return arg;
  return /^[A-Za-z0-9_./:@=+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function verifyCommand(s) {
  if (signedFromPullRequestRef(s)) return void 0;
  const dir = s.evidenceDir.replace(/\/+$/, "");
  const parts = ["npx", "maestro-gate", "verify", "--evidence-dir", dir];
  if (s.signingMode === "key") parts.push("--key", PUBLIC_KEY_PLACEHOLDER);
  if (s.signingMode === "keyless" && s.identity !== void 0) {
    parts.push(
      s.identity.instance === "public-good" ? "--public-good" : "--trusted-root",
      ...s.identity.instance === "github" ? ["github-trusted_root.json"] : []
    );
    parts.push("--certificate-oidc-issuer", "https://token.actions.githubusercontent.com");
    const signer = s.identity.signerRepository ?? s.identity.repository;
    if (signer !== s.identity.repository) parts.push("--signer-repository", signer);
    parts.push(
      "--workflow-path",
      s.identity.workflowPath,
      "--workflow-ref",
      s.identity.workflowRef
    );
  }
  parts.push("--repository", s.repository, "--commit", s.headSha);
  return parts.map(sh).join(" ");
}
function cosignCommand(s) {
  if (signedFromPullRequestRef(s)) return void 0;
  const dir = s.evidenceDir.replace(/\/+$/, "");
  const verdict = s.bundles.find((b) => b.file === "verdict.sigstore.json");
  if (verdict === void 0) return void 0;
  const parts = [
    "cosign",
    "verify-blob-attestation",
    "--bundle",
    `${dir}/${verdict.file}`,
    "--type",
    verdict.predicateType
  ];
  if (s.signingMode === "key")
    parts.push("--key", PUBLIC_KEY_PLACEHOLDER, "--insecure-ignore-tlog");
  else if (s.identity !== void 0) {
    parts.push("--certificate-oidc-issuer", "https://token.actions.githubusercontent.com");
    parts.push(
      "--certificate-identity",
      `https://github.com/${s.identity.signerRepository ?? s.identity.repository}/${s.identity.workflowPath}@${s.identity.workflowRef}`
    );
    if (s.identity.instance === "github") parts.push("--trusted-root", "github-trusted_root.json");
    if (s.identity.timestampsOnly === true)
      parts.push("--insecure-ignore-tlog", "--use-signed-timestamps");
  }
  parts.push(`${dir}/verdict.json`);
  return parts.map(sh).join(" ");
}
function renderSummary(s) {
  const lines = [];
  lines.push(`### ${ICON[s.decision]} Maestro Gate evidence: \`${s.decision}\``);
  lines.push("");
  lines.push(
    `Reasons: ${s.reasonCodes.map((c) => `\`${c}\``).join(", ") || "\u2014"} \xB7 head commit \`${s.headSha}\``
  );
  lines.push("");
  if (s.signed) {
    lines.push(
      s.signingMode === "key" ? `Signed with a P-256 key (fingerprint \`${s.keyFingerprint ?? "?"}\`). Verify with the public key from your own release configuration (\`MAESTRO_PUBLIC_KEY\` below), never with \`signing-key.pub.pem\` from this evidence: whoever can write the evidence can write that file too.` : `Signed keylessly with the workflow's OIDC identity (Sigstore ${s.identity?.instance ?? ""}).`
    );
  } else {
    lines.push(
      `**Unsigned:** ${s.unsignedReason ?? "no reason recorded"}. These files cannot be verified by a third party.`
    );
  }
  lines.push("");
  lines.push("| Evidence file | sha256 |");
  lines.push("| --- | --- |");
  for (const f of s.files) lines.push(`| \`${f.name}\` | \`${f.sha256}\` |`);
  if (s.bundles.length > 0) {
    lines.push("");
    lines.push("| Bundle | Predicate type |");
    lines.push("| --- | --- |");
    for (const b of s.bundles) lines.push(`| \`${b.file}\` | \`${b.predicateType}\` |`);
  }
  const v = s.signed ? verifyCommand(s) : void 0;
  if (s.signed && v === void 0) {
    lines.push("");
    lines.push(
      `**Not for releases:** the signing workflow ran from \`${s.identity?.workflowRef ?? ""}\`. On \`pull_request\` the workflow file comes from the pull request's merge ref, so its author controls what was signed: this evidence proves what that file did, not what the gate decided. Run the gate from \`pull_request_target\`, a required workflow or a reusable workflow pinned to a protected ref (see docs/evidence.md).`
    );
  } else if (v !== void 0) {
    lines.push("");
    lines.push("Verify (in the release pipeline):");
    lines.push("");
    lines.push("```sh");
    lines.push(v);
    const c = cosignCommand(s);
    if (c !== void 0) lines.push(c);
    lines.push("```");
  }
  return `${lines.join("\n")}
`;
}

// action/evidence/write.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/signing/sign-door.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/signing/sign.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_bundle = __toESM(require_dist3(), 1);
var import_sign = __toESM(require_dist5(), 1);
import { sign as cryptoSign } from "node:crypto";
function signingEndpoints(instance, serverUrl = "https://github.com") {
  if (instance === "public-good")
    return { fulcioURL: "https://fulcio.sigstore.dev", rekorURL: "https://rekor.sigstore.dev" };
  let host;
  try {
    host = new URL(serverUrl).hostname;
  } catch {
    throw new MaestroError(
      "EVIDENCE_SIGNING_FAILED",
      `GITHUB_SERVER_URL is not a URL: ${JSON.stringify(serverUrl)}`
    );
  }
  if (host === "github.com") host = "githubapp.com";
  return { fulcioURL: `https://fulcio.${host}`, tsaURL: `https://timestamp.${host}` };
}
function instanceForVisibility(visibility) {
  return visibility === "public" ? "public-good" : "github";
}
var KeySigner = class {
  constructor(key) {
    this.key = key;
  }
  key;
  sign(data) {
    const signature = cryptoSign("sha256", data, this.key.privateKey);
    return Promise.resolve({
      signature,
      key: { $case: "publicKey", publicKey: this.key.publicKeyPem, hint: this.key.hint }
    });
  }
};
async function signWithKey(payload, key) {
  const builder2 = new import_sign.DSSEBundleBuilder({ signer: new KeySigner(key), witnesses: [] });
  try {
    const bundle = (0, import_bundle.bundleToJSON)(
      await builder2.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE })
    );
    for (const sig of bundle.dsseEnvelope?.signatures ?? [])
      delete sig.keyid;
    return bundle;
  } catch (e) {
    throw new MaestroError(
      "EVIDENCE_SIGNING_FAILED",
      `key-based signing failed: ${describeThrown(e)}`,
      { cause: e }
    );
  }
}
async function signKeyless(payload, opts) {
  const timeout = opts.timeoutMs ?? 2e4;
  const retry = opts.retries ?? 2;
  const signer = new import_sign.FulcioSigner({
    identityProvider: { getToken: opts.getToken },
    fulcioBaseURL: opts.endpoints.fulcioURL,
    timeout,
    retry
  });
  const witnesses = [];
  if (opts.endpoints.rekorURL !== void 0) {
    witnesses.push(
      new import_sign.RekorWitness({
        rekorBaseURL: opts.endpoints.rekorURL,
        entryType: opts.endpoints.rekorEntryType ?? "dsse",
        fetchOnConflict: true,
        timeout,
        retry
      })
    );
  }
  if (opts.endpoints.tsaURL !== void 0) {
    witnesses.push(new import_sign.TSAWitness({ tsaBaseURL: opts.endpoints.tsaURL, timeout, retry }));
  }
  if (witnesses.length === 0) {
    throw new MaestroError(
      "EVIDENCE_SIGNING_FAILED",
      "keyless signing needs a transparency log or a timestamp authority; neither is configured"
    );
  }
  const builder2 = new import_sign.DSSEBundleBuilder({ signer, witnesses });
  try {
    const bundle = await builder2.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE });
    return (0, import_bundle.bundleToJSON)(bundle);
  } catch (e) {
    throw new MaestroError(
      "EVIDENCE_SIGNING_FAILED",
      `keyless signing failed (${opts.endpoints.fulcioURL}): ${describeThrown(e)}`,
      { cause: e }
    );
  }
}
function decodeJwtClaims(token) {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1] === void 0)
    throw new MaestroError(
      "EVIDENCE_SIGNING_FAILED",
      "the OIDC token is not a JWT (expected three dot-separated parts)"
    );
  try {
    const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    if (claims === null || typeof claims !== "object" || Array.isArray(claims))
      throw new MaestroError("EVIDENCE_SIGNING_FAILED", "claims are not an object");
    return claims;
  } catch (e) {
    throw new MaestroError(
      "EVIDENCE_SIGNING_FAILED",
      `the OIDC token's claims could not be decoded: ${describeThrown(e)}`,
      { cause: e }
    );
  }
}

// action/render/viewer/index.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/render/viewer/client.ts
init_define_MAESTRO_CODE_DIGESTS();
var VIEWER_JS = String.raw`
(function () {
  'use strict';
  var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  var SVG = 'http://www.w3.org/2000/svg';
  var DECISIONS = ['STOPPED', 'PAUSE_FOR_HITL', 'RUN'];

  function shown(s) {
    return String(s).replace(BIDI, function (c) {
      return '\u27E8U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '\u27E9';
    });
  }
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] === undefined || attrs[k] === null) return;
        if (k === 'class') e.className = attrs[k];
        else e.setAttribute(k, String(attrs[k]));
      });
    }
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(parent, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { add(parent, c); }); return; }
    if (typeof child === 'object' && child.nodeType) { parent.appendChild(child); return; }
    parent.appendChild(document.createTextNode(shown(child)));
  }
  function t(tag, text, cls) { return el(tag, { class: cls ? 't ' + cls : 't' }, text); }
  function badge(decision) { return el('span', { class: 'badge b-' + decision }, decision); }
  function ms(n) { return (typeof n === 'number' ? Math.round(n) : 0) + ' ms'; }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  var root = document.getElementById('app');
  var data;
  try {
    data = JSON.parse(document.getElementById('maestro-data').textContent);
  } catch (e) {
    root.replaceChildren(el('p', { class: 'error' }, 'The embedded run data could not be read: ' + (e && e.message)));
    return;
  }
  var v = data.verdict;
  document.title = 'Maestro Gate: ' + v.decision + (v.sealed ? ' (sealed)' : '') + ' \u2014 decision cards';

  function asksList(asks) {
    return el('ul', null, asks.map(function (a) {
      return el('li', null, t('strong', a.gate), ': ' + plural(a.required, 'approval', 'approvals'),
        a.groups.length ? [' from ', t('span', a.groups.join(', '))] : ' from anyone allowed to approve');
    }));
  }
  function approvals() {
    var box = el('div', { class: 'approvals', id: 'approvals' }, el('h2', null, 'Approvals needed'));
    if (v.decision === 'PAUSE_FOR_HITL') {
      box.appendChild(el('p', null, el('strong', null, plural(v.required_approvals, 'approval', 'approvals')),
        v.approver_groups.length ? [' from ', t('span', v.approver_groups.join(', '))] : '',
        ', by an approving review or a ', el('code', null, '/approve <reason>'), ' comment on the current head commit.'));
      box.appendChild(asksList(v.asks));
    } else if (v.decision === 'STOPPED') {
      box.appendChild(el('p', null, el('strong', null, 'None can lift this verdict. '),
        v.sealed ? 'The stop is sealed: only a new commit that removes the cause changes it.' : 'Approvals do not override a stop: a new commit that removes the cause does.'));
      if (v.asks.length) {
        box.appendChild(el('p', null, 'Once the stops are resolved, these gates still ask for approval:'));
        box.appendChild(asksList(v.asks));
      }
    } else {
      box.appendChild(el('p', null, 'None: every gate lets this change through.'));
    }
    return box;
  }

  function header() {
    var r = data.run;
    return el('header', { class: 'verdict d-' + v.decision },
      el('div', { class: 'wrap' },
        el('p', { class: 'eyebrow' }, 'Maestro Gate ', t('span', data.tool.version), ' \u00B7 run ', t('code', r.run_id),
          ' \u00B7 started ', t('span', r.started_at), r.head_sha && r.head_sha !== 'unknown' ? [' \u00B7 head ', t('code', r.head_sha)] : ''),
        el('h1', { id: 'verdict-title' }, 'Verdict ', badge(v.decision), v.sealed ? el('span', { class: 'badge b-sealed' }, 'sealed') : ''),
        el('p', { class: 'headline' }, t('span', v.headline)),
        el('p', null, 'Reasons: ', v.reason_codes.map(function (c, i) { return [i ? ', ' : '', t('code', c)]; })),
        approvals()));
  }

  function gateTable() {
    return el('section', { class: 'panel', 'aria-labelledby': 'gates-h' },
      el('h2', { id: 'gates-h' }, 'Gates'),
      el('div', { class: 'scroll' }, el('table', { id: 'gates', class: 'stack' },
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Gate'), el('th', { scope: 'col' }, 'Decision'),
          el('th', { scope: 'col' }, 'Reason'), el('th', { scope: 'col', class: 'num' }, 'Findings'), el('th', { scope: 'col', class: 'num' }, 'Duration'))),
        el('tbody', null, data.gates.map(function (g) {
          return el('tr', null, el('th', { scope: 'row' }, t('span', g.gate)), el('td', null, badge(g.decision), g.sealed ? ' sealed' : ''),
            el('td', null, t('code', g.reason_code), g.reused ? ' (reused)' : '', g.summary ? el('div', { class: 't' }, g.summary) : ''),
            el('td', { class: 'num', 'data-label': 'Findings' }, String(g.findings)), el('td', { class: 'num', 'data-label': 'Duration' }, ms(g.duration_ms)));
        })))));
  }

  function fieldTable(fields, caption) {
    return el('div', { class: 'scroll' }, el('table', { class: 'fields' }, caption ? el('caption', { class: 't' }, caption) : '',
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Value'))),
      el('tbody', null, fields.map(function (f) {
        return el('tr', null, el('th', { scope: 'row' }, t('code', f.key)), el('td', null, t('code', f.value, 'pre')));
      }))));
  }

  function counterexample(cx) {
    var at = cx.location ? [' at ', t('code', cx.location, 'where')] : '';
    if (cx.view === 'states') {
      return el('div', { class: 'cx cx-states' },
        el('h4', null, 'Counterexample: ' + plural(cx.rows.length, 'state', 'states'), at),
        el('p', { class: 'legend' }, el('span', { class: 'swatch' }, 'marked \u25B2'), ' = the variable changed from the state before.'),
        el('div', { class: 'scroll' }, el('table', { class: 'states' },
          el('thead', null, el('tr', null, el('th', { scope: 'col', class: 'num' }, 'Step'), el('th', { scope: 'col' }, 'Action'),
            cx.variables.map(function (name) { return el('th', { scope: 'col' }, t('code', name)); }))),
          el('tbody', null, cx.rows.map(function (row) {
            return el('tr', null, el('td', { class: 'num' }, String(row.step)),
              el('td', null, t('code', row.action), row.note ? el('div', { class: 't' }, row.note) : ''),
              row.cells.map(function (c) {
                return el('td', c.changed ? { class: 'changed', title: 'changed from the state before' } : null,
                  t('code', c.value));
              }));
          })))));
    }
    if (cx.view === 'record') {
      return el('div', { class: 'cx cx-record' },
        el('h4', null, 'Offending trace record', at), fieldTable(cx.fields));
    }
    return el('div', { class: 'cx cx-steps' },
      el('h4', null, 'Counterexample (', t('span', cx.kind), ')', at),
      cx.steps.map(function (s, i) { return fieldTable(s, cx.steps.length > 1 ? 'Step ' + (i + 1) : ''); }));
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = shown(text);
    return e;
  }
  function fmt(x) { return (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(4)); }
  function plot(title, rows, marks) {
    var values = [];
    rows.forEach(function (r) { values.push(r.i.lower, r.i.upper, r.i.estimate); });
    marks.forEach(function (m) { values.push(m.x); });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    if (!(hi > lo)) { lo -= 1; hi += 1; }
    var pad = (hi - lo) * 0.08; lo -= pad; hi += pad;
    var W = 560, L = 120, R = 16, rowH = 18, top = 22, H = top + rows.length * rowH + 34;
    function x(val) { return L + (val - lo) / (hi - lo) * (W - L - R); }
    var s = svg('svg', { class: 'plot', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': title });
    s.appendChild(svg('title', {}, title));
    s.appendChild(svg('text', { x: 0, y: 12, class: 'chosen' }, title));
    var bottom = top + rows.length * rowH;
    s.appendChild(svg('line', { x1: L, x2: W - R, y1: bottom + 4, y2: bottom + 4, class: 'axis' }));
    s.appendChild(svg('text', { x: L, y: bottom + 18, 'text-anchor': 'start' }, fmt(lo)));
    s.appendChild(svg('text', { x: W - R, y: bottom + 18, 'text-anchor': 'end' }, fmt(hi)));
    marks.forEach(function (m) {
      s.appendChild(svg('line', { x1: x(m.x), x2: x(m.x), y1: top - 4, y2: bottom + 4, class: m.cls }));
      s.appendChild(svg('text', { x: x(m.x), y: bottom + 30, 'text-anchor': 'middle' }, m.label));
    });
    rows.forEach(function (r, k) {
      var y = top + k * rowH + rowH / 2;
      s.appendChild(svg('text', { x: 0, y: y + 4, class: r.chosen ? 'chosen' : '' }, r.label));
      s.appendChild(svg('line', { x1: x(r.i.lower), x2: x(r.i.upper), y1: y, y2: y, class: 'i-' + r.kind }));
      s.appendChild(svg('circle', { cx: x(r.i.estimate), cy: y, r: 4, class: 'p-' + r.kind }));
      if (r.bound !== undefined) s.appendChild(svg('path', { d: 'M' + x(r.bound) + ' ' + (y - 7) + 'l-4 -6h8z', class: 'bound' }));
    });
    return s;
  }
  function estimates(sets) {
    return el('div', { class: 'estimates' }, el('h3', null, 'Estimates'), sets.map(function (set) {
      var value = [], diff = [];
      set.estimators.forEach(function (e) {
        var name = e.name.toUpperCase() + (e.chosen ? ' (gate)' : '');
        if (e.baseline) value.push({ label: name + ' baseline', i: e.baseline, kind: 'baseline', chosen: e.chosen });
        if (e.candidate) value.push({ label: name + ' candidate', i: e.candidate, kind: 'candidate', chosen: e.chosen });
        if (e.difference) diff.push({ label: name, i: e.difference, kind: 'difference', chosen: e.chosen,
          bound: e.chosen ? set.lower_bound : undefined });
      });
      var marks = [{ x: 0, label: '0', cls: 'zero' }];
      if (typeof set.epsilon === 'number') marks.push({ x: -set.epsilon, label: '\u2212\u03B5', cls: 'eps' });
      var rows = [];
      set.estimators.forEach(function (e) {
        ['baseline', 'candidate', 'difference'].forEach(function (k) {
          if (e[k]) rows.push(el('tr', null, el('th', { scope: 'row' }, e.name.toUpperCase() + ' ' + k),
            el('td', { class: 'num' }, fmt(e[k].estimate)), el('td', { class: 'num' }, fmt(e[k].lower)), el('td', { class: 'num' }, fmt(e[k].upper))));
        });
      });
      return el('div', { class: 'estimate-set' },
        el('p', null, set.policy ? t('code', set.policy) : 'The candidate policy', set.data ? [' on ', t('code', set.data)] : '',
          typeof set.rows_used === 'number' ? ' (' + set.rows_used.toLocaleString('en') + ' rows)' : '',
          typeof set.lower_bound === 'number' ? '; gate rule: lower bound ' + fmt(set.lower_bound) + (typeof set.epsilon === 'number' ? ' vs \u2212\u03B5 = ' + fmt(-set.epsilon) : '') : '',
          set.passed === true ? ' \u2014 passed.' : set.passed === false ? ' \u2014 not passed.' : ''),
        value.length ? plot('Estimated reward (interval and estimate)', value, []) : '',
        diff.length ? plot('Difference candidate \u2212 baseline (\u25BC the gate rule\u2019s lower bound)', diff, marks) : '',
        el('details', { class: 'numbers' }, el('summary', null, 'The numbers'),
          el('div', { class: 'scroll' }, el('table', null,
            el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Estimate'), el('th', { scope: 'col', class: 'num' }, 'Value'),
              el('th', { scope: 'col', class: 'num' }, 'Lower'), el('th', { scope: 'col', class: 'num' }, 'Upper'))),
            el('tbody', null, rows)))));
    }));
  }

  // A message that spells the counterexample out line by line shows its first line; the rest
  // stays one click away (the table below shows the same states).
  function message(f) {
    var lines = f.message.split('\n');
    if (!f.counterexample || f.counterexample.view !== 'states' || lines.length < 2) return el('div', { class: 't pre' }, f.message);
    return el('div', null, el('div', { class: 't pre' }, lines[0]),
      el('details', { class: 'full-message' }, el('summary', null, 'The message in full'), el('div', { class: 't pre' }, f.message)));
  }
  function finding(f) {
    return el('li', { class: 'finding' },
      el('span', { class: 'l-' + f.level }, f.level.toUpperCase()), ' ',
      f.location ? [t('code', f.location, 'where'), ' '] : '',
      f.rule ? ['[', t('span', f.rule), '] '] : '',
      message(f),
      f.counterexample ? counterexample(f.counterexample) : '');
  }

  function card(c) {
    var d = el('details', { class: 'card d-' + c.decision, id: c.id, 'data-gate': c.gate, 'data-decision': c.decision },
      el('summary', null, badge(c.decision), c.sealed && c.decision === 'STOPPED' ? el('span', { class: 'badge b-sealed' }, 'sealed') : '',
        el('span', { class: 'meta' }, t('span', c.gate)), t('span', c.title, 'title'), el('span', { class: 'meta' }, ms(c.duration_ms))),
      el('div', { class: 'body' },
        el('h3', null, 'Why'),
        c.reasons.length ? el('ul', null, c.reasons.map(function (r) { return el('li', { class: 't pre' }, r); })) : el('p', null, t('code', c.reason_code)),
        c.findings.length ? [el('h3', null, 'Findings (' + (c.findings.length + c.findings_omitted) + ')'),
          el('ol', null, c.findings.map(finding)),
          c.findings_omitted ? el('p', null, c.findings_omitted + ' more in gate-run.json.') : ''] : '',
        c.estimates.length ? estimates(c.estimates) : '',
        el('h3', null, 'What would change the outcome'),
        el('p', { class: 't' }, c.to_change),
        el('h3', null, 'Evidence'),
        el('div', { class: 'scroll' }, el('table', { class: 'evidence stack' },
          el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'What'), el('th', { scope: 'col' }, 'Digest'))),
          el('tbody', null, c.evidence.map(function (e) { return el('tr', null, el('td', { class: 't' }, e.name), el('td', null, t('code', e.digest))); }))))));
    return d;
  }

  var cards = data.cards.map(function (c, i) { return { c: c, i: i, node: el('li', null, card(c)), text: haystack(c) }; });
  function haystack(c) {
    var parts = [c.gate, c.decision, c.reason_code, c.title, c.to_change].concat(c.reasons);
    c.evidence.forEach(function (e) { parts.push(e.name, e.digest); });
    c.findings.forEach(function (f) { parts.push(f.message, f.location || '', f.rule || ''); });
    return parts.join('\n').toLowerCase();
  }

  var q = el('input', { type: 'search', id: 'filter-text', placeholder: 'message, file, rule\u2026', autocomplete: 'off' });
  var gateSel = el('select', { id: 'filter-gate' }, el('option', { value: '' }, 'all gates'),
    data.gates.map(function (g) { return el('option', { value: g.gate }, g.gate); }));
  var decSel = el('select', { id: 'filter-decision' }, el('option', { value: '' }, 'all decisions'),
    DECISIONS.map(function (d) { return el('option', { value: d }, d); }));
  var sortSel = el('select', { id: 'sort' }, el('option', { value: 'severity' }, 'severity'),
    el('option', { value: 'gate' }, 'gate'), el('option', { value: 'duration' }, 'duration'));
  var list = el('ol', { class: 'cards', id: 'cards' });
  var count = el('p', { class: 'count', id: 'count', 'aria-live': 'polite' });

  function order(a, b) {
    var key = sortSel.value;
    if (key === 'gate') return a.c.gate < b.c.gate ? -1 : a.c.gate > b.c.gate ? 1 : a.i - b.i;
    if (key === 'duration') return b.c.duration_ms - a.c.duration_ms || a.i - b.i;
    return b.c.severity - a.c.severity || a.i - b.i;
  }
  function update() {
    var needle = q.value.trim().toLowerCase();
    var shownCards = cards.filter(function (x) {
      return (!gateSel.value || x.c.gate === gateSel.value) && (!decSel.value || x.c.decision === decSel.value) &&
        (!needle || x.text.indexOf(needle) >= 0);
    }).sort(order);
    list.replaceChildren.apply(list, shownCards.map(function (x) { return x.node; }));
    count.textContent = 'Showing ' + shownCards.length + ' of ' + plural(cards.length, 'card', 'cards') +
      (shownCards.length ? '.' : ': none matches the filters.');
  }
  [q, gateSel, decSel, sortSel].forEach(function (c) { c.addEventListener('input', update); c.addEventListener('change', update); });

  function setAll(open) { cards.forEach(function (x) { x.node.firstChild.open = open; }); }
  var expand = el('button', { type: 'button', id: 'expand-all' }, 'Open all');
  var collapse = el('button', { type: 'button', id: 'collapse-all' }, 'Close all');
  var reset = el('button', { type: 'button', id: 'reset' }, 'Clear filters');
  expand.addEventListener('click', function () { setAll(true); });
  collapse.addEventListener('click', function () { setAll(false); });
  reset.addEventListener('click', function () { q.value = ''; gateSel.value = ''; decSel.value = ''; update(); q.focus(); });

  function filesPanel() {
    var s = data.signing;
    return el('section', { class: 'panel', 'aria-labelledby': 'files-h' }, el('h2', { id: 'files-h' }, 'Evidence files'),
      s ? el('p', null, s.mode === 'none' ? ['Unsigned: ', t('span', s.reason || 'no signing')] : ['Signed (' + s.mode + '). Check it with ', el('code', null, 'maestro-gate verify'), '; this page is one of the signed files.']) : '',
      data.files.length ? el('div', { class: 'scroll' }, el('table', { id: 'files', class: 'stack' },
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'File'), el('th', { scope: 'col' }, 'SHA-256'))),
        el('tbody', null, data.files.map(function (f) { return el('tr', null, el('td', null, t('code', f.name)), el('td', null, t('code', f.sha256))); }))))
        : el('p', null, 'This page was rendered outside an evidence bundle.'));
  }

  root.replaceChildren(header(), el('main', { class: 'wrap' },
    gateTable(),
    el('section', { class: 'panel', 'aria-labelledby': 'cards-h' },
      el('h2', { id: 'cards-h' }, 'Decision cards'),
      el('div', { class: 'controls', role: 'search' },
        el('label', null, 'Search', q), el('label', null, 'Gate', gateSel), el('label', null, 'Decision', decSel), el('label', null, 'Sort by', sortSel)),
      el('div', { class: 'toolbar' }, expand, collapse, reset),
      count, list),
    filesPanel(),
    el('footer', null, 'Generated by ', t('span', data.tool.name + ' ' + data.tool.version), ' from ', t('code', data.run.config_file),
      '. Self-contained: this page loads nothing and runs no script but its own.')));
  update();
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
})();
`;

// action/render/viewer/embed.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHash } from "node:crypto";
var UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
var escapeChar = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function scriptJson(value) {
  const text3 = JSON.stringify(value);
  if (text3 === void 0) return "null";
  return text3.replace(UNSAFE_IN_SCRIPT, escapeChar);
}
function cspHash(text3) {
  return `'sha256-${createHash("sha256").update(text3, "utf8").digest("base64")}'`;
}

// action/render/viewer/model.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/decision.ts
init_define_MAESTRO_CODE_DIGESTS();
var DECISIONS = ["RUN", "PAUSE_FOR_HITL", "STOPPED"];
function severityOf(decision) {
  return DECISIONS.indexOf(decision);
}
function mostSevere(a, b) {
  return severityOf(a) >= severityOf(b) ? a : b;
}
function isDecision(value) {
  return typeof value === "string" && DECISIONS.includes(value);
}

// action/render/viewer/counterexample.ts
init_define_MAESTRO_CODE_DIGESTS();
var jsonText = (value) => JSON.stringify(value) ?? "";
function valueText(value) {
  return typeof value === "string" ? value : jsonText(value);
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function fieldsOf(value) {
  if (isRecord(value))
    return Object.entries(value).map(([key, v]) => ({ key, value: valueText(v) }));
  return [{ key: "value", value: valueText(value) }];
}
function actionLabel(step2) {
  const action = step2["action"];
  if (action === null || action === void 0) return "initial state";
  const params = isRecord(step2["params"]) ? Object.entries(step2["params"]) : [];
  const args = params.map(([k, v]) => `${k}=${jsonText(v)}`).join(", ");
  return params.length > 0 ? `${valueText(action)}(${args})` : valueText(action);
}
function lassoNote(step2) {
  if (step2["stuttering"] === true) return "stutters: the previous state repeats forever";
  const back = step2["back_to"];
  if (typeof back === "number") return `back to state ${back}: the behaviour loops from here`;
  return void 0;
}
function isStateTrace(steps) {
  return steps.length > 0 && steps.every(
    (s) => isRecord(s) && ("state" in s ? isRecord(s["state"]) : lassoNote(s) !== void 0)
  );
}
function stateTable(steps) {
  const variables = [];
  for (const s of steps) {
    const state = s["state"];
    if (isRecord(state)) {
      for (const k of Object.keys(state)) if (!variables.includes(k)) variables.push(k);
    }
  }
  const rows = [];
  let previous;
  steps.forEach((s, i) => {
    const state = isRecord(s["state"]) ? s["state"] : void 0;
    const cells = variables.map((v) => {
      if (state === void 0 || !(v in state)) return { value: "", changed: false };
      const changed = previous !== void 0 && canonicalJson(previous[v]) !== canonicalJson(state[v]);
      return { value: valueText(state[v]), changed };
    });
    const note = lassoNote(s);
    rows.push({
      step: typeof s["index"] === "number" ? s["index"] : i + 1,
      action: actionLabel(s),
      cells,
      ...note === void 0 ? {} : { note }
    });
    if (state !== void 0) previous = state;
  });
  return { variables, rows };
}
function viewCounterexample(cx) {
  const steps = Array.isArray(cx.steps) ? cx.steps : [];
  const loc = cx.location && typeof cx.location.file === "string" ? { location: formatLocation(cx.location) } : {};
  const kind = typeof cx.kind === "string" ? cx.kind : "counterexample";
  if (kind.startsWith("state-") && isStateTrace(steps)) {
    return { view: "states", kind, ...loc, ...stateTable(steps) };
  }
  if (kind === "trace-record" && steps.length === 1) {
    return { view: "record", kind, ...loc, fields: fieldsOf(steps[0]) };
  }
  return { view: "steps", kind, ...loc, steps: steps.map(fieldsOf) };
}

// action/render/viewer/estimates.ts
init_define_MAESTRO_CODE_DIGESTS();
var isRecord2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var str2 = (v) => typeof v === "string" ? v : void 0;
function interval(v) {
  if (!isRecord2(v)) return void 0;
  const estimate = num(v["estimate"]);
  const lower = num(v["lower"]);
  const upper = num(v["upper"]);
  if (estimate === void 0 || lower === void 0 || upper === void 0) return void 0;
  return { estimate, lower, upper };
}
function defined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function estimatesOf(report) {
  const evaluations = report?.["evaluations"];
  if (!Array.isArray(evaluations)) return [];
  const out = [];
  for (const e of evaluations) {
    if (!isRecord2(e) || !isRecord2(e["estimators"])) continue;
    const settings = isRecord2(e["settings"]) ? e["settings"] : {};
    const rule2 = isRecord2(e["gate_rule"]) ? e["gate_rule"] : {};
    const data = isRecord2(e["data"]) ? e["data"] : {};
    const policy = isRecord2(e["policy"]) ? e["policy"] : {};
    const chosen = str2(rule2["estimator"]) ?? str2(settings["estimator"]);
    const estimators = [];
    for (const [name, v] of Object.entries(e["estimators"])) {
      if (!isRecord2(v)) continue;
      estimators.push(
        defined({
          name,
          baseline: interval(v["baseline"]),
          candidate: interval(v["candidate"]),
          difference: interval(v["difference"]),
          chosen: name === chosen
        })
      );
    }
    if (estimators.length === 0) continue;
    out.push(
      defined({
        policy: str2(policy["file"]),
        data: str2(data["file"]),
        rows_used: num(data["rows_used"]),
        epsilon: num(rule2["epsilon"]) ?? num(settings["epsilon"]),
        lower_bound: num(rule2["lower_bound"]),
        passed: typeof rule2["passed"] === "boolean" ? rule2["passed"] : void 0,
        estimators
      })
    );
  }
  return out;
}

// action/render/viewer/model.ts
var MAX_FINDINGS_PER_CARD = 200;
function severity(g) {
  return severityOf(g.decision) + (g.decision === "STOPPED" && g.sealed ? 1 : 0);
}
function locationOf(f) {
  if (typeof f.file !== "string" || f.file === "") return void 0;
  return formatLocation({
    file: f.file,
    ...f.line !== void 0 ? { line: f.line } : {},
    ...f.column !== void 0 ? { column: f.column } : {}
  });
}
function viewFinding(f) {
  const location = locationOf(f);
  return {
    level: f.level,
    message: f.message,
    ...f.rule !== void 0 ? { rule: f.rule } : {},
    ...location !== void 0 ? { location } : {},
    ...f.counterexample ? { counterexample: viewCounterexample(f.counterexample) } : {}
  };
}
function who(g) {
  const n = g.required_approvals ?? 1;
  const groups = g.approver_groups ?? [];
  return `${n} approval${n === 1 ? "" : "s"}${groups.length ? ` from ${groups.join(", ")}` : ""}`;
}
function toChange(g) {
  switch (g.decision) {
    case "RUN":
      return "Nothing needs to change: this gate lets the change through.";
    case "PAUSE_FOR_HITL":
      return `${who(g)} (an approving review or a \`/approve <reason>\` comment on the current head commit), or a new commit that removes the cause.`;
    case "STOPPED":
      return g.sealed ? "A new commit that removes the cause. This stop is sealed: no approval lifts it." : "A new commit that removes the cause: approvals do not override a stop.";
  }
}
function builtCard(g) {
  const shown = g.findings.filter((f) => g.decision !== "RUN" || f.level !== "note");
  return {
    title: g.summary ? `${g.gate}: ${g.summary}` : `${g.gate}: ${g.reason_code}`,
    decision: g.decision,
    reasons: shown.slice(0, 20).map((f) => {
      const at = locationOf(f);
      return at ? `${at}: ${f.message}` : f.message;
    }),
    evidence: {},
    to_change: toChange(g)
  };
}
function findingsFor(g, cards, index) {
  if (cards.length <= 1) return g.findings;
  const owner = (f) => {
    if (f.rule === void 0) return 0;
    const at = cards.findIndex((c) => c.title === f.rule || c.title.startsWith(`${f.rule}:`));
    return at < 0 ? 0 : at;
  };
  return g.findings.filter((f) => owner(f) === index);
}
function cardsOf(g, next) {
  const own5 = g.cards ?? [];
  const cards = own5.length > 0 ? own5 : [builtCard(g)];
  const estimates = g.gate === "ope" ? estimatesOf(g.report) : [];
  return cards.map((c, i) => {
    const findings = findingsFor(g, own5, i);
    return {
      id: next(),
      gate: g.gate,
      decision: c.decision,
      severity: severity({ decision: c.decision, sealed: g.sealed }),
      reason_code: g.reason_code,
      sealed: g.sealed,
      overrideable: g.overrideable,
      duration_ms: g.duration_ms,
      title: c.title,
      reasons: [...c.reasons],
      evidence: [
        ...Object.entries(c.evidence).map(([name, digest]) => ({ name, digest })),
        { name: `${g.gate} gate inputs`, digest: g.inputs_digest }
      ],
      to_change: c.to_change,
      findings: findings.slice(0, MAX_FINDINGS_PER_CARD).map(viewFinding),
      findings_omitted: Math.max(0, findings.length - MAX_FINDINGS_PER_CARD),
      estimates: i === 0 ? estimates : [],
      built: own5.length === 0
    };
  });
}
function headline(run) {
  const v = run.verdict;
  switch (v.decision) {
    case "RUN":
      return "Every gate lets this change through.";
    case "PAUSE_FOR_HITL":
      return `Paused for review: needs ${who(v)}.`;
    case "STOPPED":
      return v.sealed ? "Stopped, sealed: no approval can lift it; only a new commit that removes the cause." : "Stopped: approvals do not override it; a new commit that removes the cause does.";
  }
}
function viewerData(run, context = {}) {
  let n = 0;
  const next = () => `card-${++n}`;
  const v = run.verdict;
  return {
    schema_version: 1,
    tool: { ...run.tool },
    run: {
      run_id: run.run_id,
      started_at: run.started_at,
      config_file: run.config_file,
      ...context.headSha !== void 0 ? { head_sha: context.headSha } : {}
    },
    verdict: {
      decision: v.decision,
      sealed: v.sealed,
      reason_codes: [...v.reason_codes],
      required_approvals: v.required_approvals,
      approver_groups: [...v.approver_groups],
      headline: headline(run),
      asks: run.gates.filter((g) => g.decision === "PAUSE_FOR_HITL").map((g) => ({
        gate: g.gate,
        required: g.required_approvals ?? 1,
        groups: [...g.approver_groups ?? []]
      }))
    },
    gates: run.gates.map((g) => ({
      gate: g.gate,
      decision: g.decision,
      reason_code: g.reason_code,
      sealed: g.sealed,
      reused: g.reused ?? false,
      duration_ms: g.duration_ms,
      findings: g.findings.length,
      ...g.summary !== void 0 ? { summary: g.summary } : {}
    })),
    cards: run.gates.flatMap((g) => cardsOf(g, next)),
    ...context.signing ? { signing: { ...context.signing } } : {},
    files: [...context.files ?? []]
  };
}

// action/render/viewer/styles.ts
init_define_MAESTRO_CODE_DIGESTS();
var VIEWER_CSS = String.raw`
:root {
  color-scheme: light;
  --ink: #1b1f24; --muted: #4d5560; --line: #c9d1d9; --paper: #ffffff; --wash: #f4f6f8;
  --stop: #a4161a; --pause: #7a4f00; --run: #1e6b34; --focus: #1a56db; --mark: #fff0a8;
  --cand: #1a56db; --base: #59636e; --eps: #a4161a;
}
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
body { margin: 0; color: var(--ink); background: var(--wash); }
code, .mono, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.875rem; }
.t { unicode-bidi: isolate; overflow-wrap: anywhere; }
.pre { white-space: pre-wrap; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 1rem; }
.verdict { background: var(--paper); border-bottom: 6px solid var(--line); }
.verdict.d-STOPPED { border-bottom-color: var(--stop); }
.verdict.d-PAUSE_FOR_HITL { border-bottom-color: var(--pause); }
.verdict.d-RUN { border-bottom-color: var(--run); }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.875rem; }
h1 { margin: 0.25rem 0; font-size: 1.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.headline { font-size: 1.1rem; margin: 0.25rem 0; }
.badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 4px; color: #fff; font-weight: 600; font-size: 0.8rem; letter-spacing: 0.02em; white-space: nowrap; }
h1 .badge { font-size: 1.4rem; }
.b-STOPPED { background: var(--stop); }
.b-PAUSE_FOR_HITL { background: var(--pause); }
.b-RUN { background: var(--run); }
.b-sealed { background: var(--ink); }
.l-error { color: var(--stop); font-weight: 600; }
.l-warning { color: var(--pause); font-weight: 600; }
.l-note { color: var(--muted); font-weight: 600; }
.approvals { background: var(--wash); border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.75rem 0 0; }
.approvals h2 { margin: 0 0 0.25rem; font-size: 1rem; }
.approvals p, .approvals ul { margin: 0.25rem 0; }
section.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
th { background: var(--wash); font-weight: 600; }
tbody th { background: none; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
.controls label { display: flex; flex-direction: column; font-size: 0.85rem; font-weight: 600; gap: 0.2rem; }
.controls input, .controls select, button { font: inherit; font-weight: 400; color: var(--ink); background: var(--paper); border: 1px solid #6e7781; border-radius: 4px; padding: 0.35rem 0.5rem; min-height: 2.25rem; }
.controls input { min-width: 16rem; }
button { cursor: pointer; background: var(--wash); }
button:hover { background: #e6eaef; }
.count { margin: 0.5rem 0; color: var(--muted); }
ol.cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
details.card { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; }
details.card.d-STOPPED { border-left-color: var(--stop); }
details.card.d-PAUSE_FOR_HITL { border-left-color: var(--pause); }
details.card.d-RUN { border-left-color: var(--run); }
details.card > summary { cursor: pointer; padding: 0.6rem 0.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; list-style-position: inside; }
details.card > summary .title { flex: 1 1 20rem; font-weight: 600; }
details.card > summary .meta { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }
details.card > .body { padding: 0 1rem 1rem; border-top: 1px solid var(--line); }
.body ul, .body ol { padding-left: 1.25rem; margin: 0.25rem 0; }
.finding { margin: 0.5rem 0 1rem; }
.finding .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
td.changed { background: var(--mark); font-weight: 700; }
td.changed::after { content: " \25B2"; font-size: 0.7rem; color: var(--pause); }
.legend { color: var(--muted); font-size: 0.85rem; margin: 0.25rem 0; }
.legend .swatch { background: var(--mark); font-weight: 700; padding: 0 0.25rem; }
svg.plot { width: 100%; max-width: 560px; height: auto; display: block; margin: 0.25rem 0; }
svg.plot text { font-size: 11px; fill: var(--ink); font-family: system-ui, sans-serif; }
svg.plot .axis { stroke: var(--line); stroke-width: 1; }
svg.plot .zero { stroke: var(--muted); stroke-dasharray: 3 3; }
svg.plot .eps { stroke: var(--eps); stroke-dasharray: 5 3; stroke-width: 1.5; }
svg.plot .bound { fill: var(--eps); }
svg.plot .i-baseline { stroke: var(--base); stroke-width: 3; }
svg.plot .i-candidate, svg.plot .i-difference { stroke: var(--cand); stroke-width: 3; }
svg.plot .p-baseline { fill: var(--base); }
svg.plot .p-candidate, svg.plot .p-difference { fill: var(--cand); }
svg.plot .chosen { font-weight: 700; }
.toolbar { display: flex; gap: 0.5rem; flex-wrap: wrap; margin: 0.5rem 0; }
.error { color: var(--stop); font-weight: 600; }
footer { color: var(--muted); font-size: 0.85rem; }
@media (max-width: 720px) {
  .wrap { padding: 0.6rem; }
  h1 { font-size: 1.35rem; }
  h1 .badge { font-size: 1.1rem; }
  .controls { flex-direction: column; align-items: stretch; }
  .controls input { min-width: 0; }
  details.card > summary .title { flex-basis: 100%; }
  details.card > .body { padding: 0 0.6rem 0.75rem; }
  section.panel { padding: 0.6rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
  table.stack tr { border-bottom: 1px solid var(--line); padding: 0.35rem 0; }
  table.stack th, table.stack td { border: 0; padding: 0.1rem 0.25rem; text-align: left; background: none; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 600; }
}
`;

// action/render/viewer/index.ts
var VIEWER_DATA_ID = "maestro-data";
function viewerCsp() {
  return [
    "default-src 'none'",
    `script-src ${cspHash(VIEWER_JS)}`,
    `style-src ${cspHash(VIEWER_CSS)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join("; ");
}
function renderViewer(run, context = {}) {
  const data = scriptJson(viewerData(run, context));
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${viewerCsp()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="maestro-gate">',
    "<title>Maestro Gate decision cards</title>",
    `<style>${VIEWER_CSS}</style>`,
    "</head>",
    "<body>",
    '<div id="app"><noscript><p>This page renders the decision cards with its own embedded script; with scripts off, read gate-run.json beside it.</p></noscript></div>',
    `<script type="application/json" id="${VIEWER_DATA_ID}">${data}</script>`,
    `<script>${VIEWER_JS}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
var viewerRenderer = {
  format: "html",
  description: "a self-contained HTML decision-card viewer (no network; open it from disk)",
  render: (run) => {
    const e = run.evidence;
    const mode = e?.signing_mode;
    return renderViewer(
      run,
      mode === void 0 ? {} : {
        signing: { mode, ...e?.unsigned_reason ? { reason: e.unsigned_reason } : {} }
      }
    );
  }
};

// action/evidence/collect.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
var json = (v) => `${JSON.stringify(v, null, 2)}
`;
async function collectEvidence(input) {
  const { run, headSha } = input;
  const files = [{ name: EVIDENCE_FILES.run, content: json(run) }];
  const reports = [];
  const predicates = [];
  for (const gate of REPORT_GATES) {
    const result = run.gates.find((g) => g.gate === gate);
    if (result === void 0) continue;
    const predicate = buildGateReportPredicate(run, headSha, result);
    files.push({ name: EVIDENCE_FILES[gate], content: json(predicate) });
    reports.push({ gate, predicate_type: PREDICATE_TYPES[gate], file: EVIDENCE_FILES[gate] });
    predicates.push({ name: STATEMENT_NAMES[gate], type: PREDICATE_TYPES[gate], predicate });
  }
  let auditRef = null;
  if (input.auditLogPath !== void 0) {
    let bytes;
    try {
      bytes = await readFile(input.auditLogPath);
    } catch (e) {
      throw new MaestroError(
        "EVIDENCE_WRITE_FAILED",
        `the audit log ${input.auditLogPath} could not be read: ${describeThrown(e)}`,
        { cause: e }
      );
    }
    files.push({ name: EVIDENCE_FILES.auditLog, content: bytes });
    if (resolve(dirname(input.auditLogPath)) === resolve(input.evidenceDir) && basename(input.auditLogPath) !== EVIDENCE_FILES.auditLog)
      files.push({ name: basename(input.auditLogPath), content: bytes, write: false });
    const predicate = buildAuditLogPredicate(run.run_id, EVIDENCE_FILES.auditLog, bytes, sha256Hex);
    auditRef = { file: EVIDENCE_FILES.auditLog, sha256: predicate.sha256 };
    predicates.push({ name: STATEMENT_NAMES.audit, type: PREDICATE_TYPES.audit, predicate });
  }
  const verdict = buildVerdictPredicate(run, input.binding, reports, auditRef);
  files.push({ name: EVIDENCE_FILES.verdict, content: json(verdict) });
  predicates.unshift({
    name: STATEMENT_NAMES.verdict,
    type: PREDICATE_TYPES.verdict,
    predicate: verdict
  });
  predicates.unshift({
    name: STATEMENT_NAMES.provenance,
    type: SLSA_PROVENANCE_V1,
    predicate: buildProvenance(input.env, input.claims, run.started_at)
  });
  return { files, predicates };
}

// action/evidence/manifest.ts
init_define_MAESTRO_CODE_DIGESTS();
function splitWorkflowRef(ref) {
  const m = ref === void 0 ? null : /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(ref);
  return m === null ? void 0 : { repository: m[1], path: m[2], ref: m[3] };
}
function describeEvidence(input) {
  const { signing, repository, env, claims } = input;
  const signed = signing.mode !== "none";
  const { unsignedReason, key, instance } = signing;
  const signer = splitWorkflowRef(input.jobWorkflowRef);
  const summaryInput = {
    decision: input.run.verdict.decision,
    reasonCodes: input.run.verdict.reason_codes,
    headSha: input.headSha,
    repository,
    signed,
    signingMode: signing.mode,
    ...unsignedReason === void 0 ? {} : { unsignedReason },
    ...key === void 0 ? {} : { keyHint: key.hint, keyFingerprint: key.fingerprint },
    files: input.files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content) })),
    bundles: signed ? input.predicates.map((p) => ({ file: `${p.name}.sigstore.json`, predicateType: p.type })) : [],
    evidenceDir: input.displayDir,
    ...instance === void 0 ? {} : {
      identity: {
        repository,
        signerRepository: signer?.repository ?? repository,
        workflowPath: signer?.path ?? buildProvenance(env, claims).buildDefinition.externalParameters.workflow.path,
        workflowRef: signer?.ref ?? input.claim("ref") ?? env.ref ?? "",
        instance,
        ...instance === "github" ? { timestampsOnly: true } : {}
      }
    }
  };
  const summaryMarkdown = renderSummary(summaryInput);
  const manifest = {
    schema_version: 1,
    signed,
    signing: {
      mode: signing.mode,
      ...unsignedReason === void 0 ? {} : { reason: unsignedReason },
      ...key === void 0 ? {} : { key_hint: key.hint, key_fingerprint: key.fingerprint },
      ...instance === void 0 ? {} : { instance }
    },
    head_sha: input.headSha,
    written_at: input.writtenAt,
    files: summaryInput.files,
    statements: input.predicates.map((p) => ({
      predicate_type: p.type,
      statement: `${p.name}.intoto.json`,
      ...signed ? { bundle: `${p.name}.sigstore.json` } : {}
    }))
  };
  return {
    summaryMarkdown,
    files: [
      { name: EVIDENCE_FILES.manifest, content: json(manifest) },
      { name: EVIDENCE_FILES.summary, content: summaryMarkdown }
    ]
  };
}

// action/evidence/persist.ts
init_define_MAESTRO_CODE_DIGESTS();
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function signStatements(statements, signer) {
  const bundles = [];
  if (signer.mode === "key") {
    for (const s of statements) {
      const b = await signWithKey(Buffer.from(s.text, "utf8"), signer.key);
      bundles.push({ name: s.name, type: s.type, text: json(b) });
    }
  } else if (signer.mode === "keyless") {
    const cached = signer.token;
    for (const s of statements) {
      const b = await signKeyless(Buffer.from(s.text, "utf8"), {
        getToken: () => Promise.resolve(cached),
        endpoints: signer.endpoints
      });
      bundles.push({ name: s.name, type: s.type, text: json(b) });
    }
  }
  return bundles;
}
async function persistEvidence(dir, files, statements, bundles) {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new MaestroError(
      "EVIDENCE_WRITE_FAILED",
      `the evidence directory ${dir} could not be created: ${describeThrown(e)}`,
      { cause: e }
    );
  }
  const written = [];
  const put = async (name, content) => {
    const path = join(dir, name);
    try {
      await writeFile(path, content);
    } catch (e) {
      throw new MaestroError(
        "EVIDENCE_WRITE_FAILED",
        `${path} could not be written: ${describeThrown(e)}`,
        { cause: e }
      );
    }
    written.push(path);
    return path;
  };
  for (const f of files) if (f.write !== false) await put(f.name, f.content);
  for (const s of statements) await put(`${s.name}.intoto.json`, json(s.statement));
  const bundlePaths = {};
  for (const b of bundles) bundlePaths[b.type] = await put(`${b.name}.sigstore.json`, b.text);
  return { written, bundlePaths };
}

// action/evidence/seal.ts
init_define_MAESTRO_CODE_DIGESTS();
function buildStatements(files, predicates, commit) {
  const subject = [
    ...files.map((f) => ({ name: f.name, digest: { sha256: sha256Hex(f.content) } })),
    commit
  ];
  const statements = [];
  for (const p of predicates) {
    const problems = validatePredicate(p.type, p.predicate);
    if (problems.length > 0) {
      throw new MaestroError(
        "EVIDENCE_RUN_INVALID",
        `the ${p.name} predicate does not match its schema: ${problems.slice(0, 5).map((x) => `${x.pointer || "/"}: ${x.message}`).join("; ")}`
      );
    }
    const st = statement(subject, p.type, p.predicate);
    const sp = validateStatement(st);
    if (sp.length > 0)
      throw new MaestroError(
        "EVIDENCE_RUN_INVALID",
        `the ${p.name} statement is invalid: ${sp.map((x) => x.message).join("; ")}`
      );
    statements.push({ name: p.name, type: p.type, statement: st, text: JSON.stringify(st) });
  }
  return statements;
}
function refuseSensitiveData(files, statements) {
  const hits = scanEvidence([
    ...files.map((f) => ({
      name: f.name,
      content: typeof f.content === "string" ? f.content : f.content.toString("utf8")
    })),
    ...statements.map((s) => ({ name: `${s.name}.intoto.json`, content: s.text }))
  ]);
  if (hits.length > 0) {
    const shown = hits.slice(0, 10).map(describeHit).join("; ");
    throw new MaestroError(
      "EVIDENCE_SENSITIVE_DATA",
      `the boundary scan found ${hits.length} secret-like or PII-like value(s), so nothing was signed or published: ${shown}${hits.length > 10 ? "; \u2026" : ""}. Remove the value from its source (or redact it before it reaches the gate run) and re-run.`
    );
  }
}

// action/evidence/write.ts
function stopped(code3, message, started, now, inputs) {
  return {
    gate: "evidence",
    decision: "STOPPED",
    reason_code: code3,
    ...flagsFor("STOPPED", code3 === "EVIDENCE_SENSITIVE_DATA"),
    final_decider: "SYSTEM",
    findings: [{ level: "error", rule: "evidence", message }],
    inputs_digest: sha256Json(inputs),
    duration_ms: Math.max(0, now().getTime() - started),
    summary: message
  };
}
function assertRun(run) {
  const problems = validateGateRun(run);
  if (problems.length > 0) {
    throw new MaestroError(
      "EVIDENCE_RUN_INVALID",
      `the gate-run document is invalid: ${problems.slice(0, 5).map((p) => `${p.pointer || "/"}: ${p.message}`).join("; ")}`
    );
  }
  return run;
}
var optional = (k, v) => v === void 0 ? {} : { [k]: v };
async function writeEvidence(input) {
  const now = input.now ?? (() => /* @__PURE__ */ new Date());
  const started = now().getTime();
  try {
    return await write(input, now);
  } catch (e) {
    const err = toError(e);
    const code3 = e instanceof MaestroError && e.code.startsWith("EVIDENCE_") ? e.code : "EVIDENCE_WRITE_FAILED";
    const message = err.message;
    return {
      files: [],
      bundlePath: null,
      bundles: {},
      signed: false,
      signingMode: "none",
      attestations: [],
      unsignedReason: message,
      summaryMarkdown: `### \u26D4 Maestro Gate evidence: \`STOPPED\`

\`${code3}\`: ${message}
`,
      gateResult: stopped(code3, message, started, now, {
        signing: input.signing.mode,
        dir: input.evidenceDir
      })
    };
  }
}
async function write(input, now) {
  const run = assertRun(input.run);
  const env = input.env;
  const headSha = input.headSha ?? env.sha ?? "unknown";
  if (!/^([0-9a-f]{40}|[0-9a-f]{64}|unknown)$/.test(headSha)) {
    throw new MaestroError(
      "EVIDENCE_RUN_INVALID",
      `the head commit ${JSON.stringify(headSha)} is not a full hex commit SHA`
    );
  }
  let claims = {};
  let token;
  if (input.signing.mode === "keyless") {
    try {
      token = await input.signing.getToken();
    } catch (e) {
      throw new MaestroError(
        "EVIDENCE_SIGNING_FAILED",
        `the OIDC token could not be obtained: ${describeThrown(e)}`,
        { cause: e }
      );
    }
    claims = decodeJwtClaims(token);
  }
  const repository = typeof claims["repository"] === "string" ? claims["repository"] : env.repository;
  const claim = (k) => {
    const v = claims[k];
    return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : void 0;
  };
  const signedAt = now().toISOString();
  const jobWorkflowRef = claim("job_workflow_ref") ?? env.workflowRef;
  const binding = buildBinding(
    run,
    {
      repository,
      ...optional("repositoryId", claim("repository_id") ?? env.repositoryId),
      ...input.pullRequest === void 0 ? {} : { pullRequest: input.pullRequest },
      headSha,
      ...optional("configSha256", input.configSha256),
      ...optional("jobWorkflowRef", jobWorkflowRef),
      ...optional("eventName", claim("event_name") ?? env.eventName),
      runId: claim("run_id") ?? env.runId ?? run.run_id,
      runAttempt: claim("run_attempt") ?? env.runAttempt ?? "1",
      time: signedAt
    },
    sha256Json
  );
  const { files, predicates } = await collectEvidence({
    run,
    headSha,
    binding,
    env,
    claims,
    ...input.auditLogPath === void 0 ? {} : { auditLogPath: input.auditLogPath },
    evidenceDir: input.evidenceDir
  });
  const signing = input.signing;
  const key = signing.mode === "key" ? loadSigningKey(signing.keyPem, signing.passphrase) : void 0;
  let instance;
  if (signing.mode === "keyless") {
    const visibility = typeof claims["repository_visibility"] === "string" ? claims["repository_visibility"] : env.repositoryVisibility;
    instance = signing.instance === void 0 || signing.instance === "auto" ? instanceForVisibility(visibility) : signing.instance;
  }
  if (key !== void 0) files.push({ name: EVIDENCE_FILES.publicKey, content: key.publicKeyPem });
  const signed = signing.mode !== "none";
  const unsignedReason = signing.mode === "none" ? signing.reason : void 0;
  files.push({
    name: EVIDENCE_FILES.viewer,
    content: renderViewer(run, {
      headSha,
      signing: {
        mode: signing.mode,
        ...unsignedReason === void 0 ? {} : { reason: unsignedReason }
      },
      files: files.map((f) => ({ name: f.name, sha256: sha256Hex(f.content) }))
    })
  });
  const described = describeEvidence({
    run,
    headSha,
    repository,
    signing: {
      mode: signing.mode,
      ...unsignedReason === void 0 ? {} : { unsignedReason },
      ...key === void 0 ? {} : { key: { hint: key.hint, fingerprint: key.fingerprint } },
      ...instance === void 0 ? {} : { instance }
    },
    files,
    predicates,
    env,
    claims,
    claim,
    jobWorkflowRef,
    displayDir: input.displayDir ?? input.evidenceDir,
    writtenAt: signedAt
  });
  const summaryMarkdown = described.summaryMarkdown;
  files.push(...described.files);
  const statements = buildStatements(
    files,
    predicates,
    commitSubject(env.serverUrl, repository, headSha)
  );
  refuseSensitiveData(files, statements);
  let signer = { mode: "none" };
  if (key !== void 0) signer = { mode: "key", key };
  else if (signing.mode === "keyless" && instance !== void 0)
    signer = {
      mode: "keyless",
      token,
      endpoints: signing.endpoints ?? signingEndpoints(instance, env.serverUrl)
    };
  const bundles = await signStatements(statements, signer);
  const { written, bundlePaths } = await persistEvidence(
    input.evidenceDir,
    files,
    statements,
    bundles
  );
  const result = {
    files: written,
    bundlePath: bundlePaths[PREDICATE_TYPES.verdict] ?? null,
    bundles: bundlePaths,
    signed,
    signingMode: signing.mode,
    attestations: signing.mode === "keyless" ? bundles.map((b) => ({
      predicateType: b.type,
      body: { bundle: JSON.parse(b.text) }
    })) : [],
    summaryMarkdown
  };
  if (unsignedReason !== void 0) {
    result.unsignedReason = unsignedReason;
    result.gateResult = evidenceGateResult(
      { mode: "none", reason: unsignedReason },
      {
        baseRef: input.baseRef ?? "main",
        ...input.config === void 0 ? {} : { config: input.config },
        ...input.branchProtected === void 0 ? {} : { branchProtected: input.branchProtected }
      }
    );
  }
  return result;
}

// action/pipeline/run-gates.ts
init_define_MAESTRO_CODE_DIGESTS();
import { mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute as isAbsolute3, join as join11, resolve as resolve5 } from "node:path";
import { randomUUID } from "node:crypto";

// action/pipeline/runner.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync2 } from "node:fs";

// action/pipeline/runner-isolated.ts
init_define_MAESTRO_CODE_DIGESTS();
import { Worker } from "node:worker_threads";

// action/contract/runner-results.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/codebook.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/codebook.json
var codebook_default = {
  $comment: 'The closed vocabularies of Maestro Gate. Every value the code emits must be listed here, and every value listed here must be emitted somewhere (tests/contract/codebook.test.ts). Each reason code lists the decisions it may accompany; `sealed` lists the sealed values it allows (default [false]) and `final_deciders` who may decide with it (default ["SYSTEM"]). The runner refuses a gate result the codebook does not allow.',
  version: "1.0.0",
  decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"],
  final_deciders: ["SYSTEM", "USER"],
  gates: {
    opa: "The OPA/Rego gate: Rego policies from the base branch, compiled to WebAssembly, over the pull request",
    modelcheck: "Bounded model checking of the specs in specs/ (explicit-state breadth-first search; TLC for .tla specs)",
    config: "Loading and validating .github/maestro.yml",
    audit: "The hash-chained audit log (ARL)",
    verdict: "The fold of all gate results",
    invariants: "The invariant gate: CEL invariants checked over JSONL event traces",
    evidence: "The signed SLSA evidence bundle: statements, boundary scan, signing",
    ope: "The off-policy evaluation gate: a changed routing policy evaluated against the base policy on logged bandit data",
    host: "The runtime that drives a run (the Action or the App): its inputs, the event, the base snapshot, the pull request's facts",
    approval: "The approval app: PAUSE_FOR_HITL verdicts turned into required reviewer approvals, with signed receipts",
    tamper: "The gate-material check: a pull request that changes the configuration, the workflows or any path a gate's configuration names is escalated to the owners"
  },
  reason_codes: {
    OPA_DENY: {
      description: "A policy's `deny` rule matched: the change is stopped until it no longer matches.",
      decisions: ["STOPPED"]
    },
    OPA_ESCALATE: {
      description: "A policy's `escalate` rule matched: the change waits for the required approvals.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPA_RISK_ABOVE_THRESHOLD: {
      description: "A policy returned a risk score above `gates.opa.risk.run_max` (default 0.3) or the risk class `high`.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPA_WARN: {
      description: "A policy's `warn` rule matched: reported as an annotation, the change runs.",
      decisions: ["RUN"]
    },
    GATE_TAMPER_SUSPECTED: {
      description: "The pull request changes gate material (the gate configuration, policies, invariants, specs or workflows): the configured owners must approve.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPA_NOT_CONFIGURED: {
      description: "The OPA gate is enabled but lists no policy directories and does not use the bundled policies.",
      decisions: ["STOPPED"]
    },
    OPA_NO_POLICIES: {
      description: "A configured policy directory holds no .rego file in the gate's namespace package.",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_UNREADABLE: {
      description: "A policy directory, or a bundled precompiled policy or its manifest, could not be read or failed its digest check.",
      decisions: ["STOPPED"]
    },
    OPA_COMPILE_FAILED: {
      description: "`opa build -t wasm` rejected a policy (parse or type error) or produced no module.",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_LOAD_FAILED: {
      description: "A compiled policy is not valid WebAssembly for the opa-wasm ABI, or lacks the expected entrypoint.",
      decisions: ["STOPPED"]
    },
    OPA_UNSUPPORTED_BUILTIN: {
      description: "A policy calls a builtin the in-process evaluator does not implement (e.g. `http.send`).",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_ABORTED: {
      description: "Policy evaluation aborted (a conflict between complete rules, memory exhausted, an opa-wasm abort).",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_TIMEOUT: {
      description: "A policy evaluation did not finish within gates.opa.eval_timeout_seconds and was interrupted.",
      decisions: ["STOPPED"]
    },
    OPA_POLICY_TRAPPED: {
      description: "Policy evaluation trapped in WebAssembly (stack or memory exhausted).",
      decisions: ["STOPPED"]
    },
    OPA_RESULT_MALFORMED: {
      description: "A policy returned a value outside the conventions (sets of strings or {msg, ...} objects, risk in [0,1]).",
      decisions: ["STOPPED"]
    },
    OPA_NO_DECISION_RULE: {
      description: "An evaluated Rego package defines no decision rule (`deny*`, `violation*`, `escalate*`, `warn*`, `exception`, `suppress`, `risk`): nothing was checked, which is never a pass (`gates.opa.no_decision_rule`, PAUSE_FOR_HITL by default).",
      decisions: ["PAUSE_FOR_HITL", "STOPPED"]
    },
    OPA_DATA_INVALID: {
      description: "A policy data file (`gates.opa.data`) is missing on the base branch, unreadable, not JSON/YAML, not an object, or conflicts with another.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_NOT_FOUND: {
      description: "The opa CLI is needed to compile policies but is not installed and cannot be installed on this platform.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_FAILED: {
      description: "The opa CLI failed, timed out or did not report its version.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_CHECKSUM_UNKNOWN: {
      description: "No SHA-256 is pinned for the requested OPA release asset, so it is not downloaded.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_CHECKSUM_MISMATCH: {
      description: "The downloaded OPA binary does not match its pinned SHA-256; it was deleted and not run.",
      decisions: ["STOPPED"]
    },
    OPA_CLI_DOWNLOAD_FAILED: {
      description: "The OPA binary could not be downloaded from its release URL.",
      decisions: ["STOPPED"]
    },
    MC_NO_SPECS: {
      description: "The model-check gate is enabled but its configured spec paths contain no spec.",
      decisions: ["STOPPED"]
    },
    MC_SPEC_UNREADABLE: {
      description: "A spec file exists but could not be read.",
      decisions: ["STOPPED"]
    },
    MC_SPEC_UNPARSEABLE: {
      description: "A spec is not valid YAML, or one of its CEL expressions does not parse.",
      decisions: ["STOPPED"]
    },
    MC_SPEC_INVALID: {
      description: "A spec does not match schemas/spec.schema.json or declares something impossible (unbounded domain, unknown constant, duplicate action).",
      decisions: ["STOPPED"]
    },
    MC_TYPE_ERROR: {
      description: "A spec expression does not type-check against the declared finite types (unknown name, non-boolean guard, wrong operand types).",
      decisions: ["STOPPED"]
    },
    MC_INVARIANT_NOT_FOUND: {
      description: "A spec references an invariant id that does not resolve in the base branch's invariants.",
      decisions: ["STOPPED"]
    },
    MC_INVARIANT_UNSUPPORTED: {
      description: "A referenced invariant has no state assertion that can be checked on spec states.",
      decisions: ["STOPPED"]
    },
    MC_INVARIANT_VIOLATED: {
      description: "A reachable state violates an invariant; the shortest counterexample is attached.",
      decisions: ["STOPPED"],
      sealed: [false, true]
    },
    MC_DEADLOCK: {
      description: "A reachable state has no enabled action while deadlock checking is on.",
      decisions: ["STOPPED"]
    },
    MC_RESPONSE_VIOLATED: {
      description: "A bounded response property (p leads to q within N steps) fails on some path.",
      decisions: ["STOPPED"],
      sealed: [false, true]
    },
    MC_DOMAIN_VIOLATION: {
      description: "An action assigns a value outside a variable's declared finite type.",
      decisions: ["STOPPED"]
    },
    MC_PROPERTY_VIOLATED: {
      description: "A temporal property (eventually, leads-to under fairness) or an action property is violated; the counterexample is a lasso (a prefix and a loop, or stuttering).",
      decisions: ["STOPPED"]
    },
    MC_EVAL_ERROR: {
      description: "A spec expression failed while evaluating in a reachable state (division by zero, missing key, non-boolean guard value).",
      decisions: ["STOPPED"]
    },
    MC_BOUND_REACHED: {
      description: "The search hit a depth, state or time bound before exhausting the state space.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    MC_TLC_UNAVAILABLE: {
      description: "A .tla spec is configured for TLC but Java or tla2tools.jar is not available.",
      decisions: ["STOPPED"]
    },
    MC_INTERNAL_ERROR: {
      description: "The model checker broke one of its own invariants (a counterexample replay diverged, a constant expression read a state); the run stops rather than trust the search.",
      decisions: ["STOPPED"]
    },
    MC_WORKER_FAILED: {
      description: "A worker thread of the parallel search threw, exited, ran out of memory, sent a malformed result or could not be started; the search stops rather than trust a partial state space.",
      decisions: ["STOPPED"]
    },
    MC_WORKER_STALLED: {
      description: "A busy worker thread of the parallel search sent nothing for longer than its stall limit and was taken as hung.",
      decisions: ["STOPPED"]
    },
    MC_TLC_FAILED: {
      description: "TLC failed, or its -tool output could not be understood.",
      decisions: ["STOPPED"]
    },
    INV_NONE_FOUND: {
      description: "A configured invariant path or glob matches no invariant file.",
      decisions: ["STOPPED"]
    },
    INV_UNREADABLE: {
      description: "An invariant file exists but could not be read, is not valid UTF-8, or is a symbolic link that leaves the base snapshot or points nowhere.",
      decisions: ["STOPPED"]
    },
    INV_YAML_UNPARSEABLE: {
      description: "An invariant file is not valid YAML.",
      decisions: ["STOPPED"]
    },
    INV_INVALID: {
      description: "An invariant does not match schemas/invariant.schema.json (or a configured path leaves the repository).",
      decisions: ["STOPPED"]
    },
    INV_CEL_SYNTAX: {
      description: "An invariant expression is not valid CEL syntax.",
      decisions: ["STOPPED"]
    },
    INV_CEL_TYPE: {
      description: "An invariant expression fails the CEL checker (unknown function, impossible operand types, not a bool).",
      decisions: ["STOPPED"]
    },
    INV_CEL_LIMIT: {
      description: "An invariant expression exceeds the configured size, nesting or macro limits.",
      decisions: ["STOPPED"]
    },
    INV_DUPLICATE_ID: {
      description: "Two invariants share one id.",
      decisions: ["STOPPED"]
    },
    INV_TRACE_MISSING: {
      description: "A configured trace glob matches no file.",
      decisions: ["STOPPED"]
    },
    INV_TRACE_UNREADABLE: {
      description: "A trace file could not be read, or is a symbolic link that leaves the checkout or points nowhere.",
      decisions: ["STOPPED"]
    },
    INV_TRACE_MALFORMED: {
      description: "A trace line is not valid UTF-8, not a JSON object with string run_id, scope and event, or exceeds the line limit.",
      decisions: ["STOPPED"]
    },
    INV_EVAL_ERROR: {
      description: "An invariant expression failed to evaluate on a trace record (missing field, type mismatch, deadline).",
      decisions: ["STOPPED"]
    },
    INV_VIOLATION_CRITICAL: {
      description: "A critical invariant is violated by a trace: sealed stop.",
      decisions: ["STOPPED"],
      sealed: [true]
    },
    INV_VIOLATION_HIGH: {
      description: "A high-severity invariant is violated by a trace.",
      decisions: ["STOPPED"]
    },
    INV_VIOLATION_MEDIUM: {
      description: "A medium-severity invariant is violated by a trace: a human decides.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    INV_VIOLATION_LOW: {
      description: "Only low-severity invariants are violated: reported as warnings.",
      decisions: ["RUN"]
    },
    INV_COVERAGE_LOW: {
      description: "Fewer critical flows than the coverage threshold have an invariant.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    INV_UNKNOWN_ID: {
      description: "A runtime guard names an invariant id that the loaded invariant set does not hold.",
      decisions: ["STOPPED"]
    },
    INV_NOTHING_CHECKED: {
      description: "A trace file holds records but no invariant applies to any of them (zero checks), so it shows nothing; the decision is gates.invariants.on_nothing_checked (PAUSE_FOR_HITL by default).",
      decisions: ["PAUSE_FOR_HITL", "STOPPED"]
    },
    OK: {
      description: "The gate ran to completion and found nothing that blocks.",
      decisions: ["RUN"]
    },
    GATE_ERROR: {
      description: "The gate threw an Error while running.",
      decisions: ["STOPPED"]
    },
    GATE_THREW_NON_ERROR: {
      description: "The gate threw a value that is not an Error (a string, undefined, an object).",
      decisions: ["STOPPED"]
    },
    GATE_REJECTED: {
      description: "The gate's promise rejected.",
      decisions: ["STOPPED"]
    },
    GATE_TIMEOUT: {
      description: "The gate did not finish within its time limit.",
      decisions: ["STOPPED"]
    },
    GATE_RESOURCE_LIMIT: {
      description: "The gate ran out of its memory limit in its worker thread and was stopped.",
      decisions: ["STOPPED"]
    },
    GATE_CONTRACT_VIOLATION: {
      description: "The gate returned a value outside the gate-result contract.",
      decisions: ["STOPPED"]
    },
    BASE_SNAPSHOT_UNAVAILABLE: {
      description: "The pull request's base commit could not be materialised (git archive, git fetch and the API tarball all failed); the gate never falls back to the head.",
      decisions: ["STOPPED"]
    },
    GITHUB_NETWORK: {
      description: "GitHub could not be reached (refused or reset connection, DNS failure, no answer within the request timeout or the call's retry budget): a network failure, not a permission problem.",
      decisions: ["STOPPED"]
    },
    PR_FACTS_UNAVAILABLE: {
      description: "The pull request's facts (event payload or changed files) could not be read from GitHub.",
      decisions: ["STOPPED"]
    },
    HOST_INPUT_INVALID: {
      description: "An input of the Action (`with:`) or the App is missing or not one of its allowed values, so no verdict was attempted.",
      decisions: ["STOPPED"]
    },
    GATE_INPUT_MISSING: {
      description: "An input the gate is configured to read does not exist.",
      decisions: ["STOPPED"]
    },
    NO_GATES_ENABLED: {
      description: "The configuration enables no gate, so nothing was checked.",
      decisions: ["STOPPED"]
    },
    CONFIG_NOT_CONFIGURED: {
      description: "No .github/maestro.yml was found where the gate looks for it.",
      decisions: ["STOPPED"]
    },
    CONFIG_UNREADABLE: {
      description: "The configuration file exists but could not be read.",
      decisions: ["STOPPED"]
    },
    CONFIG_TOO_LARGE: {
      description: "The configuration file is larger than the size cap (256 KiB): it is not read.",
      decisions: ["STOPPED"]
    },
    CONFIG_UNPARSEABLE: {
      description: "The configuration file is not valid YAML.",
      decisions: ["STOPPED"]
    },
    CONFIG_INVALID: {
      description: "The configuration file does not match schemas/maestro-config.schema.json.",
      decisions: ["STOPPED"]
    },
    AUDIT_REDACTION_FAILED: {
      description: "A record could not be redacted, so it was not written and the run stopped.",
      decisions: ["STOPPED"]
    },
    AUDIT_WRITE_FAILED: {
      description: "The audit log could not be written, so the run stopped.",
      decisions: ["STOPPED"]
    },
    HITL_REQUESTED: {
      description: "The verdict pauses for a human decision (audit-log record of the escalation).",
      decisions: ["PAUSE_FOR_HITL"]
    },
    EVIDENCE_UNSIGNED: {
      description: "The evidence could not be signed (no OIDC token and no key, e.g. a fork pull request); the reason is recorded. Not RUN on protected branches.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    EVIDENCE_SENSITIVE_DATA: {
      description: "The boundary scan found a secret-like or PII-like value in an evidence file; nothing was published.",
      decisions: ["STOPPED"]
    },
    EVIDENCE_SIGNING_FAILED: {
      description: "Signing the evidence failed (Fulcio, Rekor, the timestamp authority or the key signer returned an error).",
      decisions: ["STOPPED"]
    },
    EVIDENCE_KEY_INVALID: {
      description: "The signing key is not a P-256 private key in PEM form.",
      decisions: ["STOPPED"]
    },
    EVIDENCE_RUN_INVALID: {
      description: "The gate-run document handed to the evidence writer is not a valid gate run.",
      decisions: ["STOPPED"]
    },
    EVIDENCE_WRITE_FAILED: {
      description: "An evidence file could not be written or read back.",
      decisions: ["STOPPED"]
    },
    VERIFY_OK: {
      description: "maestro-gate verify: every check passed.",
      decisions: ["RUN"]
    },
    VERIFY_BUNDLE_MISSING: {
      description: "maestro-gate verify: a bundle or evidence file it needs is not there.",
      decisions: ["STOPPED"]
    },
    VERIFY_BUNDLE_UNPARSEABLE: {
      description: "maestro-gate verify: a bundle is not valid JSON or not a Sigstore bundle.",
      decisions: ["STOPPED"]
    },
    VERIFY_TRUST_ROOT_INVALID: {
      description: "maestro-gate verify: the trust root (trusted_root.json or public key) could not be loaded or parsed.",
      decisions: ["STOPPED"]
    },
    VERIFY_SIGNATURE_INVALID: {
      description: "maestro-gate verify: the Sigstore signature, certificate chain, transparency log or timestamp did not verify against the trust root.",
      decisions: ["STOPPED"]
    },
    VERIFY_IDENTITY_MISMATCH: {
      description: "maestro-gate verify: the signer identity (issuer, workflow, ref, repository) does not match the policy.",
      decisions: ["STOPPED"]
    },
    VERIFY_STATEMENT_INVALID: {
      description: "maestro-gate verify: payloadType, statement type, predicate type or predicate schema is not what Maestro Gate signs.",
      decisions: ["STOPPED"]
    },
    VERIFY_SUBJECT_MISMATCH: {
      description: "maestro-gate verify: a subject digest does not match the evidence file or the expected commit.",
      decisions: ["STOPPED"]
    },
    VERIFY_PROVENANCE_MISMATCH: {
      description: "maestro-gate verify: SLSA provenance fields disagree with the signing certificate.",
      decisions: ["STOPPED"]
    },
    VERIFY_VERDICT_NOT_ACCEPTED: {
      description: "maestro-gate verify: the signed verdict is STOPPED, or PAUSE_FOR_HITL without --allow-pause.",
      decisions: ["STOPPED"]
    },
    VERIFY_BINDING_MISMATCH: {
      description: "maestro-gate verify: the signed binding (repository, pull request, base, head commit, workflow, run) is missing or is not what the release expects.",
      decisions: ["STOPPED"]
    },
    VERIFY_UNCOVERED_FILE: {
      description: "maestro-gate verify: a file in the evidence directory is covered by no signature (neither a signed subject nor a signed statement).",
      decisions: ["STOPPED"]
    },
    VERIFY_NOT_FRESH: {
      description: "maestro-gate verify: the evidence is older than --not-before, or a newer run for the same commit decides.",
      decisions: ["STOPPED"]
    },
    VERIFY_AUDIT_LOG_INVALID: {
      description: "maestro-gate verify: the signed audit log's hash chain is broken, or does not end at the signed head.",
      decisions: ["STOPPED"]
    },
    OPE_NOT_APPLICABLE: {
      description: "The pull request changes no configured routing policy, so off-policy evaluation does not apply.",
      decisions: ["RUN"]
    },
    OPE_REGRESSION: {
      description: "The one-sided lower confidence bound on the mean paired difference (candidate minus baseline) is below -epsilon: the logs show the candidate policy is worse.",
      decisions: ["STOPPED"]
    },
    OPE_INCONCLUSIVE: {
      description: "The importance-weight diagnostics (effective sample size, maximum or mean weight, support violations) cross their thresholds: the logged data cannot tell, a human decides.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    OPE_COST_OVER_BUDGET: {
      description: "The estimated mean cost under the candidate policy exceeds gates.ope.cost_budget (STOPPED), or its upper confidence bound does (PAUSE_FOR_HITL).",
      decisions: ["STOPPED", "PAUSE_FOR_HITL"]
    },
    OPE_DATA_UNREADABLE: {
      description: "The logged data file could not be read or decoded (missing file, bad JSONL/CSV/Parquet, unknown codec, missing column).",
      decisions: ["STOPPED"]
    },
    OPE_DATA_INVALID: {
      description: "A logged row is invalid (missing, zero, negative or >1 propensity, unknown arm, non-finite reward or cost) and bad_rows is stop, or no valid row remains.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_UNREADABLE: {
      description: "A routing policy file (baseline at the base, candidate at the head) is missing, unreadable, or (a JSON table) not valid JSON.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_INVALID: {
      description: "A routing policy is not a valid distribution table (negative or non-finite probability, sum not 1 within 1e-9, unknown arm, bad key), or a Rego routing policy does not compile or returns something other than a valid distribution or one known arm.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_NO_ENTRY: {
      description: "A logged context has no entry in a routing policy and the policy has no default (or a Rego policy's entrypoint is undefined there): the gate does not guess.",
      decisions: ["STOPPED"]
    },
    OPE_POLICY_EVAL_FAILED: {
      description: "Evaluating a Rego routing policy at a logged context failed (abort, trap, unsupported builtin, time limit): no distribution, so no estimate.",
      decisions: ["STOPPED"]
    },
    HITL_DECIDED: {
      description: "A human decided an escalation: CONTINUE (the required approvals were given on the current head) or STOP (an authorised reviewer rejected it).",
      decisions: ["RUN", "STOPPED"]
    },
    APPROVAL_GRANTED: {
      description: "The required approvals were given on the current head by distinct, authorised people who did not write or push the change.",
      decisions: ["RUN"]
    },
    APPROVAL_PENDING: {
      description: "The signed verdict is PAUSE_FOR_HITL and fewer approvals than required count on the current head.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    APPROVAL_REJECTED: {
      description: "An authorised reviewer rejected the escalation (`/reject <reason>`); new commits are needed.",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_RUN: {
      description: "The signed verdict is RUN: no approval is needed.",
      decisions: ["RUN"]
    },
    APPROVAL_VERDICT_STOPPED: {
      description: "The signed verdict is STOPPED: no approval can lift it (a sealed stop needs new commits that remove the cause).",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_PENDING: {
      description: "The gate's check run for the head commit has not completed yet: the approval check waits for the signed verdict.",
      decisions: ["PAUSE_FOR_HITL"]
    },
    APPROVAL_VERDICT_MISSING: {
      description: "The gate's check run for the head commit completed without a signed verdict bundle (or is not owned by the configured gate app).",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_INVALID: {
      description: "The verdict bundle does not verify: bad signature, wrong key or identity, not an in-toto verdict statement, or a malformed predicate.",
      decisions: ["STOPPED"]
    },
    APPROVAL_VERDICT_STALE: {
      description: "The signed verdict is bound to another commit, repository, pull request or base branch than the one under evaluation.",
      decisions: ["STOPPED"]
    },
    APPROVAL_SIGNER_UNTRUSTED: {
      description: "The verdict was signed by a workflow the pull request can change (refs/pull/*) or by an identity the approvals signer does not name.",
      decisions: ["STOPPED"]
    },
    APPROVAL_NOT_CONFIGURED: {
      description: "The default branch's .github/maestro.yml has no `approvals.signer`: the app cannot tell a real verdict from a forged one.",
      decisions: ["STOPPED"]
    },
    APPROVAL_REQUEST_ENDED: {
      description: "The pull request was closed, merged or retargeted: its approval request ended (recorded with the reason).",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    APPROVAL_FORGERY_DETECTED: {
      description: "A commit status or check run named like the approval check came from another source: it was overwritten and recorded.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    APPROVAL_COMMENT_TAMPERED: {
      description: "An approval comment was edited by someone other than its author: it does not count and the edit is recorded.",
      decisions: ["RUN", "PAUSE_FOR_HITL", "STOPPED"]
    },
    APPROVAL_RECEIPT_INVALID: {
      description: "An approval receipt does not verify, or is for another head commit, verdict or repository.",
      decisions: ["STOPPED"]
    },
    APPROVAL_APP_FAILED: {
      description: "The approval app failed while evaluating (GitHub unavailable, unexpected data): the check fails closed.",
      decisions: ["STOPPED"]
    }
  }
};

// action/contract/codebook.ts
var CODEBOOK = codebook_default;
function isReasonCode(value) {
  return typeof value === "string" && Object.hasOwn(codebook_default.reason_codes, value);
}
function pairingFor(code3) {
  const entry = codebook_default.reason_codes[code3];
  return {
    decisions: entry.decisions,
    sealed: entry.sealed ?? [false],
    final_deciders: entry.final_deciders ?? ["SYSTEM"]
  };
}

// action/contract/runner-results.ts
function stoppedResult(gate, reason_code, message, extra = {}) {
  return {
    gate,
    decision: "STOPPED",
    reason_code,
    ...flagsFor("STOPPED", extra.sealed ?? false),
    final_decider: "SYSTEM",
    findings: extra.findings ?? [{ message, level: "error" }],
    inputs_digest: extra.inputs_digest ?? sha256Json(null),
    duration_ms: extra.duration_ms ?? 0,
    summary: message
  };
}
function missingResult(gate, missing, duration_ms) {
  const findings = missing.map((input) => ({
    level: "error",
    message: `${gate}: the ${input.description} configured at \`${input.configKey}\` does not exist: ${input.path}. Create it, or change \`${input.configKey}\` in the configuration.`,
    file: input.path
  }));
  return stoppedResult(gate, "GATE_INPUT_MISSING", findings[0].message, {
    findings,
    duration_ms
  });
}
function timeoutResult(gate, ms, duration_ms) {
  return stoppedResult(
    gate,
    "GATE_TIMEOUT",
    `${gate}: did not finish within ${ms} ms and was stopped. Raise \`timeouts.${gate}_seconds\` in the configuration if the work is legitimately long.`,
    { duration_ms }
  );
}
function fromThrown(gate, thrown, async, duration_ms) {
  const error = normaliseThrown(thrown, async ? "GATE_REJECTED" : "GATE_ERROR", {
    nonErrorCode: "GATE_THREW_NON_ERROR"
  });
  if (thrown instanceof MaestroError) {
    return stoppedResult(gate, error.code, `${gate}: ${error.message}`, {
      duration_ms,
      findings: [{ level: "error", message: error.message, ...error.location ?? {} }]
    });
  }
  const what = error.code === "GATE_THREW_NON_ERROR" ? `the gate threw a non-Error value (${error.message}); treated as a failure.` : `the gate ${async ? "rejected" : "threw"}: ${error.message}`;
  return stoppedResult(gate, error.code, `${gate}: ${what}`, { duration_ms });
}
function codebookProblems(result) {
  const pairing = pairingFor(result.reason_code);
  const problems = [];
  const code3 = result.reason_code;
  if (!pairing.decisions.includes(result.decision))
    problems.push(
      `${code3} may accompany ${pairing.decisions.join(" or ")}, not ${result.decision}`
    );
  if (!pairing.sealed.includes(result.sealed))
    problems.push(`${code3} may not be sealed=${String(result.sealed)}`);
  const flags = flagsFor(result.decision, result.sealed);
  if (result.overrideable !== flags.overrideable)
    problems.push(`${result.decision} must be overrideable=${String(flags.overrideable)}`);
  if (!pairing.final_deciders.includes(result.final_decider))
    problems.push(
      `${code3} is decided by ${pairing.final_deciders.join(" or ")}, not ${result.final_decider}`
    );
  return problems;
}

// action/pipeline/gate-outcome.ts
init_define_MAESTRO_CODE_DIGESTS();
function toResult(gate, value, duration_ms) {
  try {
    JSON.stringify(value);
  } catch (thrown) {
    return stoppedResult(
      gate,
      "GATE_CONTRACT_VIOLATION",
      `${gate}: returned a value that is not JSON (${describeThrown(thrown)})`,
      {
        duration_ms
      }
    );
  }
  const problems = validateGateOutcome(value);
  if (problems.length > 0) {
    return stoppedResult(
      gate,
      "GATE_CONTRACT_VIOLATION",
      `${gate}: returned a value outside the gate-result contract: ${problems.join("; ")}`,
      { duration_ms }
    );
  }
  const out = value;
  const decision = out["decision"];
  const reason = out["reason_code"];
  if (!isDecision(decision) || !isReasonCode(reason)) {
    return stoppedResult(
      gate,
      "GATE_CONTRACT_VIOLATION",
      `${gate}: decision or reason code unknown`,
      {
        duration_ms
      }
    );
  }
  const flags = flagsFor(decision, out["sealed"] === true);
  if (out["sealed"] !== flags.sealed || out["overrideable"] !== flags.overrideable) {
    return stoppedResult(
      gate,
      "GATE_CONTRACT_VIOLATION",
      `${gate}: ${decision} must be sealed=${flags.sealed}, overrideable=${flags.overrideable}; got sealed=${String(out["sealed"])}, overrideable=${String(out["overrideable"])}`,
      { duration_ms }
    );
  }
  const refused = codebookProblems({
    reason_code: reason,
    decision,
    sealed: flags.sealed,
    overrideable: flags.overrideable,
    final_decider: "SYSTEM"
  });
  if (refused.length > 0) {
    return stoppedResult(
      gate,
      "GATE_CONTRACT_VIOLATION",
      `${gate}: returned ${decision} with reason ${reason}, which the codebook does not allow (${refused.join("; ")}); the result is refused and the gate stops.`,
      { duration_ms }
    );
  }
  const findings = out["findings"];
  return {
    ...out,
    gate,
    decision,
    reason_code: reason,
    sealed: flags.sealed,
    overrideable: flags.overrideable,
    final_decider: "SYSTEM",
    findings,
    inputs_digest: typeof out["inputs_digest"] === "string" ? out["inputs_digest"] : sha256Json(null),
    duration_ms
  };
}

// action/util/isolation.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
function serialiseThrown(thrown) {
  if (thrown instanceof MaestroError) {
    return {
      kind: "maestro",
      code: thrown.code,
      message: thrown.message,
      ...thrown.location ? { location: { ...thrown.location } } : {}
    };
  }
  if (thrown instanceof Error) return { kind: "error", name: thrown.name, message: thrown.message };
  return { kind: "value", description: describeThrown(thrown) };
}
function reviveThrown(s) {
  switch (s.kind) {
    case "maestro":
      return isReasonCode(s.code) ? new MaestroError(s.code, s.message, s.location ? { location: s.location } : {}) : new MaestroError(
        "GATE_CONTRACT_VIOLATION",
        `unknown reason code ${s.code}: ${s.message}`
      );
    case "error": {
      const e = new Error(s.message);
      e.name = s.name;
      return e;
    }
    case "value":
      return s.description;
  }
}
function workerScript(entry) {
  if (entry.tsx === void 0) return { script: entry.url, eval: false };
  const code3 = `import(${JSON.stringify(entry.tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry.url.href)}));`;
  return { script: code3, eval: true };
}
function gateWorkerEntry(from) {
  const here = dirname2(fileURLToPath(from));
  const candidates2 = [
    join2(here, "gate-worker.js"),
    join2(here, "..", "gate-worker.js"),
    join2(here, "..", "gates", "gate-worker.js")
  ];
  for (const c of candidates2) if (existsSync(c)) return { url: pathToFileURL(c) };
  const source = [
    join2(here, "gates", "gate-worker.ts"),
    join2(here, "..", "gates", "gate-worker.ts")
  ];
  for (const c of source) {
    if (!existsSync(c)) continue;
    try {
      const tsx = dirname2(createRequire(from).resolve("tsx/package.json"));
      return {
        url: pathToFileURL(c),
        tsx: pathToFileURL(join2(tsx, "dist/esm/api/index.mjs")).href
      };
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function isolationFor(from, memoryMb) {
  const entry = gateWorkerEntry(from) ?? {
    url: new URL("./gate-worker.js", from)
  };
  return { entry, memoryMb };
}

// action/pipeline/runner-isolated.ts
var DEFAULT_GATE_MEMORY_MB = 2048;
async function runIsolated(gate, rc, iso, ctx) {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 1e3) / 1e3;
  const input = {
    gate: gate.name,
    ctx,
    nowMs: rc.now().getTime(),
    ...iso.gates ? { gates: iso.gates } : {},
    services: Object.keys(iso.services ?? {})
  };
  const aborted = new AbortController();
  return await new Promise((resolve7) => {
    let settled = false;
    let worker;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      aborted.abort();
      void worker.terminate();
      resolve7(result);
    };
    const timer = setTimeout(
      () => finish(timeoutResult(gate.name, rc.timeoutMs, elapsed())),
      rc.timeoutMs
    );
    try {
      const { script, eval: isEval } = workerScript(iso.entry);
      worker = new Worker(script, {
        eval: isEval,
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: iso.memoryMb },
        stdout: false,
        stderr: false
      });
    } catch (thrown) {
      settled = true;
      clearTimeout(timer);
      resolve7(fromThrown(gate.name, thrown, false, elapsed()));
      return;
    }
    worker.on("message", (m) => {
      switch (m.type) {
        case "progress":
          rc.progress(m.line);
          return;
        case "call": {
          const service = iso.services?.[m.service];
          const reply = (answer) => {
            if (settled) return;
            try {
              worker.postMessage(answer);
            } catch (thrown) {
              finish(fromThrown(gate.name, thrown, true, elapsed()));
            }
          };
          const ask = async () => {
            if (!service) throw new MaestroError("GATE_ERROR", `no service ${m.service}`);
            return await service(m.request, { progress: rc.progress, signal: aborted.signal });
          };
          ask().then(
            (value) => reply({ type: "reply", id: m.id, ok: true, value }),
            (thrown) => reply({ type: "reply", id: m.id, ok: false, thrown: serialiseThrown(thrown) })
          );
          return;
        }
        case "missing":
          return finish(missingResult(gate.name, m.inputs, elapsed()));
        case "value":
          return finish(toResult(gate.name, m.value, elapsed()));
        case "threw":
          return finish(fromThrown(gate.name, reviveThrown(m.thrown), m.async, elapsed()));
        case "uncloneable":
          return finish(
            stoppedResult(
              gate.name,
              "GATE_CONTRACT_VIOLATION",
              `${gate.name}: returned a value that cannot leave its worker (${m.detail})`,
              { duration_ms: elapsed() }
            )
          );
      }
    });
    worker.on("error", (thrown) => {
      const code3 = thrown?.code;
      if (code3 === "ERR_WORKER_OUT_OF_MEMORY") {
        finish(
          stoppedResult(
            gate.name,
            "GATE_RESOURCE_LIMIT",
            `${gate.name}: ran out of its ${iso.memoryMb} MiB memory limit and was stopped. Reduce the work (bounds, input sizes) or raise the limit.`,
            { duration_ms: elapsed() }
          )
        );
      } else finish(fromThrown(gate.name, thrown, true, elapsed()));
    });
    worker.on(
      "exit",
      (exitCode) => finish(
        stoppedResult(
          gate.name,
          "GATE_ERROR",
          `${gate.name}: the gate's worker thread exited (code ${exitCode}) without a result`,
          { duration_ms: elapsed() }
        )
      )
    );
  });
}

// action/pipeline/runner.ts
var DEFAULT_GATE_TIMEOUT_MS = 12e4;
var TimeoutSignal = class {
  constructor(ms) {
    this.ms = ms;
  }
  ms;
};
function cloneableContext(rc) {
  const { now: _now, progress: _progress, timeoutMs: _t, isolation: _i, ...data } = rc;
  try {
    return structuredClone(data);
  } catch {
    return void 0;
  }
}
async function runGate(gate, rc) {
  if (rc.isolation && gate.isolation !== "in-process") {
    const data = cloneableContext(rc);
    if (data !== void 0) return runIsolated(gate, rc, rc.isolation, data);
    rc.progress(
      `${gate.name}: the gate context cannot be sent to a worker thread; running in-process`
    );
  }
  return runInProcess(gate, rc);
}
async function runInProcess(gate, rc) {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 1e3) / 1e3;
  const controller = new AbortController();
  const ctx = { ...rc, signal: controller.signal };
  let timer;
  try {
    const missing = (gate.requiredInputs?.(ctx) ?? []).filter((input) => !existsSync2(input.path));
    if (missing.length > 0) return missingResult(gate.name, missing, elapsed());
    let produced;
    try {
      produced = gate.run(ctx);
    } catch (thrown) {
      return fromThrown(gate.name, thrown, false, elapsed());
    }
    let value;
    try {
      const timeout = new Promise((resolve7) => {
        timer = setTimeout(() => resolve7(new TimeoutSignal(rc.timeoutMs)), rc.timeoutMs);
      });
      value = await Promise.race([Promise.resolve(produced), timeout]);
    } catch (thrown) {
      return fromThrown(gate.name, thrown, true, elapsed());
    }
    if (value instanceof TimeoutSignal) {
      controller.abort(new MaestroError("GATE_TIMEOUT", `gate ${gate.name} timed out`));
      return timeoutResult(gate.name, value.ms, elapsed());
    }
    return toResult(gate.name, value, elapsed());
  } catch (thrown) {
    return fromThrown(gate.name, thrown, false, elapsed());
  } finally {
    if (timer !== void 0) clearTimeout(timer);
  }
}

// action/contract/run.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/contract/verdict.ts
init_define_MAESTRO_CODE_DIGESTS();
function foldVerdict(results) {
  if (results.length === 0) {
    return {
      decision: "STOPPED",
      sealed: false,
      overrideable: false,
      final_decider: "SYSTEM",
      reason_codes: ["NO_GATES_ENABLED"],
      required_approvals: 0,
      approver_groups: []
    };
  }
  const decision = results.map((r) => r.decision).reduce(mostSevere, "RUN");
  const deciding = results.filter((r) => severityOf(r.decision) === severityOf(decision));
  const reason_codes = [...new Set(deciding.map((r) => r.reason_code))];
  const sealed = results.some((r) => r.decision === "STOPPED" && r.sealed);
  const paused = decision === "PAUSE_FOR_HITL" ? deciding : [];
  return {
    decision,
    sealed: decision === "STOPPED" && sealed,
    overrideable: decision === "PAUSE_FOR_HITL",
    final_decider: "SYSTEM",
    reason_codes,
    required_approvals: paused.reduce((n, r) => Math.max(n, r.required_approvals ?? 1), 0),
    approver_groups: [...new Set(paused.flatMap((r) => r.approver_groups ?? []))].sort()
  };
}

// action/contract/run.ts
var TOOL = { name: "maestro-gate", version: package_default.version };
function buildRun(header, gates, evidence) {
  return {
    schema_version: 1,
    tool: { ...TOOL },
    ...header,
    verdict: foldVerdict(gates),
    gates: [...gates],
    ...evidence ? { evidence } : {}
  };
}
function withGateResult(run, result) {
  const at = run.gates.findIndex((g) => g.gate === result.gate);
  const gates = at < 0 ? [...run.gates, result] : run.gates.map((g, i) => i === at ? result : g);
  const { schema_version: _v, tool: _t, verdict: _d, gates: _g, evidence, ...header } = run;
  return buildRun(header, gates, evidence);
}

// action/gates/registry.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/invariants/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { join as join3 } from "node:path";

// action/gates/invariants/engine.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/invariants/messages.ts
init_define_MAESTRO_CODE_DIGESTS();
function violationMessage(inv, clause, record, expired2) {
  const custom = clause.message === void 0 ? void 0 : renderTemplate(clause.message, record);
  const within = "within" in clause && clause.within !== void 0 ? ` within ${clause.within} events` : "";
  let rule2;
  switch (clause.op) {
    case "always":
      rule2 = `\`${clause.expr.source}\` does not hold`;
      break;
    case "never":
      rule2 = `\`${clause.expr.source}\` holds, and must never hold`;
      break;
    case "eventually":
      rule2 = expired2 ? `\`${clause.expr.source}\` did not happen${within}` : `\`${clause.expr.source}\` never happened before the end of the trace${within === "" ? "" : ` (required${within})`}`;
      break;
    case "leads_to":
      rule2 = expired2 ? `\`${clause.p.source}\` was not followed by \`${clause.q.source}\`${within}` : `\`${clause.p.source}\` is still waiting for \`${clause.q.source}\` at the end of the trace`;
      break;
  }
  return custom === void 0 ? `${inv.title}: ${rule2}` : `${custom} (${rule2})`;
}

// action/gates/invariants/engine.ts
var DEFAULT_MAX_VIOLATIONS = 200;
var TraceMonitor = class {
  /** Records observed. */
  records = 0;
  /** Record × invariant checks performed (records that passed an invariant's filters). */
  checks = 0;
  /** Violations found (all, including those not kept). */
  violationCount = 0;
  /** Evaluation errors found (all, including those not kept). */
  errorCount = 0;
  /** Kept violations and errors, in the order found. */
  violations = [];
  /**
   * The first violation of each violated invariant, kept even past `maxViolations` so that
   * decisions and reports never depend on the cap.
   */
  firstViolations = /* @__PURE__ */ new Map();
  entries;
  index = /* @__PURE__ */ new Map();
  maxViolations;
  finished = false;
  constructor(set, opts = {}) {
    this.maxViolations = opts.maxViolations ?? DEFAULT_MAX_VIOLATIONS;
    this.entries = set.invariants.map((inv) => ({
      inv,
      needsRecord: [...inv.filters, ...inv.clauses.flatMap(exprsOf)].some(
        (e) => e.program.identifiers.includes("record")
      ),
      stats: { checks: 0, violations: 0, errors: 0 },
      runs: inv.clauses.map(
        (c) => c.op === "eventually" || c.op === "leads_to" ? /* @__PURE__ */ new Map() : void 0
      )
    }));
  }
  /** Per-invariant statistics, by id. */
  stats() {
    return new Map(this.entries.map((e) => [e.inv.id, e.stats]));
  }
  /** The invariants that apply to a (scope, event) pair, computed once per pair. */
  matching(scope, event) {
    let byEvent = this.index.get(scope);
    if (byEvent === void 0) {
      byEvent = /* @__PURE__ */ new Map();
      this.index.set(scope, byEvent);
    }
    let list5 = byEvent.get(event);
    if (list5 === void 0) {
      list5 = this.entries.filter(
        (e) => (e.inv.scope === "*" || e.inv.scope === scope) && (e.inv.events === void 0 || e.inv.events.includes(event))
      );
      byEvent.set(event, list5);
    }
    return list5;
  }
  /**
   * Checks one record. The record must have string `run_id`, `scope` and `event` (the trace
   * reader guarantees it). The monitor keeps references to records it reports.
   */
  observe(record, file, line) {
    this.records++;
    const list5 = this.matching(record["scope"], record["event"]);
    if (list5.length === 0) return;
    const runId = record["run_id"];
    for (let i = 0; i < list5.length; i++) {
      const entry = list5[i];
      if (entry.needsRecord && !Object.hasOwn(record, "record")) {
        Object.defineProperty(record, "record", { value: record, enumerable: false });
      }
      this.check(entry, record, runId, file, line);
    }
  }
  check(entry, record, runId, file, line) {
    const inv = entry.inv;
    const filters = inv.filters;
    for (let f = 0; f < filters.length; f++) {
      const r = this.evaluate(entry, filters[f], inv.clauses[0], record, runId, file, line);
      if (r !== true) return;
    }
    this.checks++;
    entry.stats.checks++;
    const clauses = inv.clauses;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      switch (clause.op) {
        case "always": {
          const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
          if (r === false) this.violate(entry, clause, runId, record, file, line);
          break;
        }
        case "never": {
          const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
          if (r === true) this.violate(entry, clause, runId, record, file, line);
          break;
        }
        case "eventually":
          this.eventually(entry, c, clause, record, runId, file, line);
          break;
        case "leads_to":
          this.leadsTo(entry, c, clause, record, runId, file, line);
          break;
      }
    }
  }
  eventually(entry, index, clause, record, runId, file, line) {
    const st = runState(entry.runs[index], runId, () => ({
      count: 0,
      done: false,
      opening: { record, file, line }
    }));
    if (st.done) return;
    st.count++;
    const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
    if (r === true) {
      st.done = true;
      return;
    }
    if (r === void 0) {
      st.done = true;
      return;
    }
    if (clause.within !== void 0 && st.count >= clause.within) {
      st.done = true;
      this.violate(entry, clause, runId, st.opening.record, st.opening.file, st.opening.line, {
        record,
        location: { file, line }
      });
    }
  }
  leadsTo(entry, index, clause, record, runId, file, line) {
    const st = runState(entry.runs[index], runId, () => ({
      count: 0,
      openAt: -1,
      failed: false,
      opening: void 0
    }));
    if (st.failed) return;
    st.count++;
    if (st.openAt >= 0) {
      const q = this.evaluate(entry, clause.q, clause, record, runId, file, line);
      if (q === void 0) {
        st.failed = true;
        return;
      }
      if (q) {
        st.openAt = -1;
        st.opening = void 0;
      } else if (clause.within !== void 0 && st.count - st.openAt >= clause.within) {
        st.failed = true;
        const o = st.opening;
        this.violate(entry, clause, runId, o.record, o.file, o.line, {
          record,
          location: { file, line }
        });
        return;
      }
    }
    if (st.openAt < 0) {
      const p = this.evaluate(entry, clause.p, clause, record, runId, file, line);
      if (p === void 0) {
        st.failed = true;
        return;
      }
      if (p) {
        st.openAt = st.count;
        st.opening = { record, file, line };
      }
    }
  }
  /** Evaluates a predicate; an error is recorded and yields `undefined`. */
  evaluate(entry, expr, clause, record, runId, file, line) {
    try {
      return expr.program.evalBool(record);
    } catch (thrown) {
      const error = thrown instanceof CelEvalError ? thrown : new CelEvalError(
        "runtime",
        thrown instanceof Error ? thrown.message : String(thrown),
        expr.source
      );
      this.errorCount++;
      entry.stats.errors++;
      if (this.violations.length < this.maxViolations) {
        this.violations.push({
          kind: "error",
          invariant: entry.inv,
          clause,
          runId,
          message: `cannot evaluate \`${expr.source}\`: ${error.message}`,
          record,
          location: { file, line },
          error,
          expr
        });
      }
      return void 0;
    }
  }
  violate(entry, clause, runId, record, file, line, detectedAt) {
    this.violationCount++;
    entry.stats.violations++;
    const keep = this.violations.length < this.maxViolations;
    const first = !this.firstViolations.has(entry.inv.id);
    if (!keep && !first) return;
    const v = {
      kind: "violation",
      invariant: entry.inv,
      clause,
      runId,
      message: violationMessage(entry.inv, clause, record, detectedAt !== void 0),
      record,
      location: { file, line },
      ...detectedAt === void 0 ? {} : { detectedAt }
    };
    if (first) this.firstViolations.set(entry.inv.id, v);
    if (keep) this.violations.push(v);
  }
  /** Closes every open obligation (end of all traces). Idempotent. */
  finish() {
    if (this.finished) return;
    this.finished = true;
    for (const entry of this.entries) {
      entry.inv.clauses.forEach((clause, i) => {
        const runs = entry.runs[i];
        if (runs === void 0) return;
        for (const [runId, st] of runs) {
          if (clause.op === "eventually") {
            const s = st;
            if (!s.done) {
              s.done = true;
              this.violate(entry, clause, runId, s.opening.record, s.opening.file, s.opening.line);
            }
          } else if (clause.op === "leads_to") {
            const s = st;
            if (!s.failed && s.openAt >= 0 && s.opening !== void 0) {
              s.failed = true;
              this.violate(entry, clause, runId, s.opening.record, s.opening.file, s.opening.line);
            }
          }
        }
      });
    }
  }
};
function runState(runs, runId, init) {
  let st = runs.get(runId);
  if (st === void 0) {
    st = init();
    runs.set(runId, st);
  }
  return st;
}
function exprsOf(c) {
  return c.op === "leads_to" ? [c.p, c.q] : [c.expr];
}

// action/gates/invariants/trace-reader.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHash as createHash2 } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
var DEFAULT_MAX_LINE_CHARS = 1024 * 1024;
async function readTrace(absPath, file, onRecord, opts = {}) {
  const maxLine = opts.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  const hash = createHash2("sha256");
  let carry;
  let lineNo = 0;
  let records = 0;
  let blank = 0;
  let bytes = 0;
  const handle2 = (bytesOfLine) => {
    lineNo++;
    if (!isUtf8(bytesOfLine)) {
      throw new MaestroError(
        "INV_TRACE_MALFORMED",
        `${file}:${lineNo}: the line is not valid UTF-8. Traces are UTF-8 JSONL; write the file as UTF-8.`,
        { location: { file, line: lineNo } }
      );
    }
    const raw = bytesOfLine.toString("utf8");
    const text3 = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (text3.length > maxLine) tooLong(file, lineNo, text3.length, maxLine);
    if (text3.charCodeAt(0) !== 123 && text3.trim() === "") {
      blank++;
      return;
    }
    let value;
    try {
      value = JSON.parse(text3);
    } catch (thrown) {
      throw new MaestroError(
        "INV_TRACE_MALFORMED",
        `${file}:${lineNo}: not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)}): ${snippet(text3)}. Every line of a trace must be one JSON object.`,
        { cause: thrown, location: { file, line: lineNo } }
      );
    }
    const problem = recordProblem(value);
    if (problem !== void 0) {
      throw new MaestroError(
        "INV_TRACE_MALFORMED",
        `${file}:${lineNo}: ${problem}. Trace records are JSON objects {run_id, ts, scope, event, ...}.`,
        { location: { file, line: lineNo } }
      );
    }
    records++;
    onRecord(value, lineNo);
  };
  let stream;
  try {
    stream = createReadStream(absPath, { highWaterMark: opts.chunkBytes ?? 1024 * 1024 });
    for await (const chunk of stream) {
      opts.signal?.throwIfAborted();
      hash.update(chunk);
      bytes += chunk.length;
      const buf = carry === void 0 ? chunk : Buffer.concat([carry, chunk]);
      let start = 0;
      let nl = buf.indexOf(10, start);
      while (nl >= 0) {
        handle2(buf.subarray(start, nl));
        start = nl + 1;
        nl = buf.indexOf(10, start);
      }
      carry = start === 0 ? buf : start < buf.length ? buf.subarray(start) : void 0;
      if (carry !== void 0 && carry.length > maxLine * 4)
        tooLong(file, lineNo + 1, carry.length / 4, maxLine);
    }
    if (carry !== void 0 && carry.length > 0) handle2(carry);
  } catch (thrown) {
    stream?.destroy();
    if (thrown instanceof MaestroError || opts.signal?.aborted === true) throw thrown;
    throw new MaestroError(
      "INV_TRACE_UNREADABLE",
      `${file}: the trace could not be read (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
      { cause: thrown, location: { file } }
    );
  }
  return {
    file,
    digest: `sha256:${hash.digest("hex")}`,
    lines: lineNo,
    records,
    blankLines: blank,
    bytes
  };
}
function tooLong(file, line, length, max) {
  throw new MaestroError(
    "INV_TRACE_MALFORMED",
    `${file}:${line}: the line is longer than ${max} characters (at least ${length}). Raise \`gates.invariants.limits.max_line_chars\` or write smaller records.`,
    { location: { file, line } }
  );
}
function recordProblem(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return `expected a JSON object, found ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`;
  }
  const r = value;
  for (const key of ["run_id", "scope", "event"]) {
    const v = r[key];
    if (typeof v !== "string" || v === "") {
      return `\`${key}\` must be a non-empty string, found ${v === void 0 ? "nothing" : showValue2(v)}`;
    }
  }
  const ts = r["ts"];
  if (typeof ts !== "string" && typeof ts !== "number") {
    return `\`ts\` must be a string or a number, found ${ts === void 0 ? "nothing" : showValue2(ts)}`;
  }
  return void 0;
}
function snippet(text3) {
  const s = text3.length > 80 ? `${text3.slice(0, 80)}\u2026` : text3;
  return JSON.stringify(s);
}

// action/gates/invariants/coverage.ts
init_define_MAESTRO_CODE_DIGESTS();
function coverageOf(set, flows, threshold) {
  const covered = [];
  const uncovered = [];
  for (const flow of flows) {
    const ids = set.invariants.filter(
      (inv) => (inv.scope === "*" || inv.scope === flow.scope) && (inv.events === void 0 || inv.events.includes(flow.event))
    ).map((inv) => inv.id);
    if (ids.length > 0) covered.push({ ...flow, invariants: ids });
    else uncovered.push({ ...flow });
  }
  return {
    flows: flows.length,
    covered,
    uncovered,
    ratio: flows.length === 0 ? 1 : covered.length / flows.length,
    threshold
  };
}

// action/gates/invariants/outcome.ts
init_define_MAESTRO_CODE_DIGESTS();
var DECISION_OF = {
  critical: "STOPPED",
  high: "STOPPED",
  medium: "PAUSE_FOR_HITL",
  low: "RUN"
};
var CODE_OF = {
  critical: "INV_VIOLATION_CRITICAL",
  high: "INV_VIOLATION_HIGH",
  medium: "INV_VIOLATION_MEDIUM",
  low: "INV_VIOLATION_LOW"
};
function buildOutcome(set, monitor, coverage, traces, maxFindings, nothing) {
  const findings = [];
  const cards = [];
  const evidence = {};
  for (const f of set.files) evidence[`invariant:${f.file}`] = f.digest;
  for (const t of traces) evidence[`trace:${t.file}`] = t.digest;
  const violated = /* @__PURE__ */ new Map();
  for (const inv of set.invariants) {
    const first = monitor.firstViolations.get(inv.id);
    if (first !== void 0) violated.set(inv.id, { inv, first });
  }
  for (const v of monitor.violations) findings.push(findingOf(v));
  const listed = new Set(monitor.violations);
  for (const { first } of violated.values())
    if (!listed.has(first)) findings.push(findingOf(first));
  const kept = findings.length;
  const total = monitor.violationCount + monitor.errorCount;
  if (total > kept) {
    findings.push({
      level: "note",
      message: `${total - kept} further violation(s) or error(s) are counted but not listed (limit ${maxFindings}; raise \`gates.invariants.limits.max_findings\` to see more).`
    });
  }
  const stats = monitor.stats();
  for (const { inv, first } of violated.values()) {
    const all2 = stats.get(inv.id)?.violations ?? 0;
    cards.push({
      title: `${inv.id}: ${inv.title}`,
      decision: DECISION_OF[inv.severity],
      reasons: [
        `${inv.severity} invariant ${inv.id} (${formatLocation(inv.location)}) is violated ${all2} time(s).`,
        `First: ${first.message} at ${first.location.file}:${first.location.line} (run ${first.runId}).`,
        `Counterexample (${first.location.file}:${first.location.line}): ${counterexampleText(first)}`
      ],
      evidence: {
        ...Object.fromEntries(
          Object.entries(evidence).filter(
            ([k]) => k === `invariant:${inv.location.file}` || k === `trace:${first.location.file}`
          )
        )
      },
      to_change: `Fix the behaviour that produced ${first.location.file}:${first.location.line} so the trace satisfies ${inv.id}${inv.owners.length > 0 ? `, or have its owners (${inv.owners.join(", ")}) change the invariant on the base branch` : ""}.${inv.severity === "critical" ? " This stop is sealed: no approval lifts it, only a new commit that removes the cause." : ""}`
    });
  }
  const idle = set.invariants.filter((inv) => (stats.get(inv.id)?.checks ?? 0) === 0);
  if (idle.length > 0) {
    findings.push({
      level: "note",
      rule: "coverage",
      message: `${idle.length} invariant(s) matched no trace record, so the traces say nothing about them: ${idle.slice(0, 20).map((inv) => inv.id).join(", ")}${idle.length > 20 ? ", \u2026" : ""}.`
    });
  }
  const unchecked = nothing.files.length > 0;
  if (unchecked) {
    const list5 = nothing.files.map((t) => `${t.file} (${t.records} records)`).join(", ");
    for (const t of nothing.files) {
      findings.push({
        level: "error",
        rule: "nothing-checked",
        file: t.file,
        message: `${t.file}: none of its ${t.records} records matches the scope and events of any invariant, so the trace shows nothing. Zero checks is never a pass: add invariants for its scopes, or stop listing it in \`gates.invariants.traces\`.`
      });
    }
    cards.push({
      title: "Traces that no invariant checks",
      decision: nothing.decision,
      reasons: [`No invariant applies to any record of: ${list5}.`],
      evidence: Object.fromEntries(
        Object.entries(evidence).filter(
          ([k]) => nothing.files.some((t) => k === `trace:${t.file}`)
        )
      ),
      to_change: "Write invariants whose scope and `when` events match these records (on the base branch), or remove the trace from `gates.invariants.traces`; `gates.invariants.on_nothing_checked` sets the decision."
    });
  }
  const below = coverage.flows > 0 && coverage.ratio < coverage.threshold;
  if (below) {
    const list5 = coverage.uncovered.map((f) => `${f.scope}/${f.event}`).join(", ");
    findings.push({
      level: "error",
      rule: "coverage",
      message: `Invariant coverage of critical flows is ${percent(coverage.ratio)}, below the threshold of ${percent(coverage.threshold)}. Uncovered: ${list5}. Add invariants for these flows (scope and \`when: event\`).`
    });
    cards.push({
      title: "Invariant coverage of critical flows",
      decision: "PAUSE_FOR_HITL",
      reasons: [
        `${coverage.covered.length} of ${coverage.flows} critical flows have an invariant (${percent(coverage.ratio)} < ${percent(coverage.threshold)}).`,
        `Uncovered: ${list5}.`
      ],
      evidence: Object.fromEntries(
        Object.entries(evidence).filter(([k]) => k.startsWith("invariant:"))
      ),
      to_change: "Add invariants covering the uncovered flows, or lower `gates.invariants.coverage_threshold` on the base branch."
    });
  }
  const severities = new Set([...violated.values()].map((v) => v.inv.severity));
  let decision = "RUN";
  let code3 = "OK";
  let sealed = false;
  if (severities.has("critical")) {
    decision = "STOPPED";
    code3 = "INV_VIOLATION_CRITICAL";
    sealed = true;
  } else if (monitor.errorCount > 0) {
    decision = "STOPPED";
    code3 = "INV_EVAL_ERROR";
  } else if (severities.has("high")) {
    decision = "STOPPED";
    code3 = CODE_OF.high;
  } else if (unchecked && nothing.decision === "STOPPED") {
    decision = "STOPPED";
    code3 = "INV_NOTHING_CHECKED";
  } else if (severities.has("medium")) {
    decision = "PAUSE_FOR_HITL";
    code3 = CODE_OF.medium;
  } else if (unchecked) {
    decision = "PAUSE_FOR_HITL";
    code3 = "INV_NOTHING_CHECKED";
  } else if (below) {
    decision = "PAUSE_FOR_HITL";
    code3 = "INV_COVERAGE_LOW";
  } else if (severities.has("low")) {
    code3 = CODE_OF.low;
  }
  if (monitor.errorCount > 0 && !severities.has("critical")) {
    cards.push({
      title: "Invariant evaluation errors",
      decision: "STOPPED",
      reasons: [
        `${monitor.errorCount} evaluation(s) failed; the first: ${monitor.violations.find((v) => v.kind === "error")?.message ?? "not kept"}.`
      ],
      evidence,
      to_change: "Make the invariant robust to the record (e.g. `has(record.field)`, a `when` filter) on the base branch, or fix the trace so the fields it needs are present."
    });
  }
  const summary = decision === "RUN" && code3 === "OK" ? `${set.invariants.length} invariants hold over ${monitor.records} records (${monitor.checks} checks) in ${traces.length} trace file(s).` : `${monitor.violationCount} violation(s) of ${violated.size} invariant(s), ${monitor.errorCount} evaluation error(s), coverage ${percent(coverage.ratio)} over ${monitor.records} records.`;
  const perInvariant = {};
  for (const [id, s] of stats) perInvariant[id] = { ...s };
  return outcome(decision, code3, findings, {
    sealed,
    summary,
    cards,
    inputs_digest: sha256Json({
      invariants: set.files.map((f) => [f.file, f.digest]),
      traces: traces.map((t) => [t.file, t.digest])
    }),
    report: {
      invariants: set.invariants.length,
      invariant_files: set.files.length,
      records: monitor.records,
      checks: monitor.checks,
      violations: monitor.violationCount,
      evaluation_errors: monitor.errorCount,
      traces: traces.map((t) => ({
        file: t.file,
        digest: t.digest,
        lines: t.lines,
        records: t.records,
        blank_lines: t.blankLines,
        bytes: t.bytes
      })),
      coverage: {
        flows: coverage.flows,
        ratio: coverage.ratio,
        threshold: coverage.threshold,
        covered: coverage.covered,
        uncovered: coverage.uncovered
      },
      per_invariant: perInvariant
    }
  });
}
function percent(x) {
  return `${Math.round(x * 1e3) / 10} %`;
}
function boundedRecord(record) {
  const out = {};
  let size = 0;
  let omitted = 0;
  for (const [k, v] of Object.entries(record)) {
    let s;
    try {
      s = k.length + (JSON.stringify(v)?.length ?? 9);
    } catch {
      s = Infinity;
    }
    if (size + s > 4096 && !["run_id", "ts", "scope", "event"].includes(k)) {
      omitted++;
      continue;
    }
    size += s;
    out[k] = v;
  }
  if (omitted > 0) out["\u2026"] = `${omitted} field(s) omitted`;
  return out;
}
function counterexampleText(v) {
  const steps = [boundedRecord(v.record)];
  if (v.detectedAt !== void 0) steps.push(boundedRecord(v.detectedAt.record));
  const text3 = JSON.stringify(steps.length === 1 ? steps[0] : steps);
  return text3.length > 1e3 ? `${text3.slice(0, 1e3)}\u2026` : text3;
}
function findingOf(v) {
  const inv = v.invariant;
  const where = formatLocation(inv.location);
  const steps = [boundedRecord(v.record)];
  if (v.detectedAt !== void 0) steps.push(boundedRecord(v.detectedAt.record));
  const detected = v.detectedAt === void 0 ? "" : `; detected at ${v.detectedAt.location.file}:${v.detectedAt.location.line}`;
  if (v.kind === "error") {
    const exprAt = v.expr === void 0 ? where : formatLocation(v.expr.location);
    return {
      level: "error",
      rule: inv.id,
      file: v.location.file,
      line: v.location.line,
      message: `${inv.id} (${exprAt}): ${v.message} on run ${v.runId}. An expression that cannot be evaluated fails closed.`,
      counterexample: {
        kind: "trace-record",
        steps,
        location: { file: v.location.file, line: v.location.line }
      }
    };
  }
  return {
    level: inv.severity === "low" ? "warning" : "error",
    rule: inv.id,
    file: v.location.file,
    line: v.location.line,
    message: `[${inv.severity}] ${inv.id} (${where}, ${v.clause.path}) violated on run ${v.runId}: ${v.message}${detected}.`,
    counterexample: {
      kind: v.clause.op === "always" || v.clause.op === "never" ? "trace-record" : "trace",
      steps,
      location: { file: v.location.file, line: v.location.line }
    }
  };
}

// action/gates/invariants/traces.ts
init_define_MAESTRO_CODE_DIGESTS();
import { statSync } from "node:fs";
function resolveTraces(headDir, patterns) {
  const out = /* @__PURE__ */ new Set();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.traces[${i}]`;
    try {
      assertInside(pattern, key);
    } catch (thrown) {
      throw new MaestroError("INV_TRACE_UNREADABLE", thrown.message);
    }
    let found = { files: [], refused: [] };
    if (isGlob(pattern)) {
      try {
        found = findContained(headDir, [pattern]);
      } catch (thrown) {
        throw new MaestroError(
          "INV_TRACE_UNREADABLE",
          `\`${key}\` (${pattern}): the traces could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
          { cause: thrown, location: { file: pattern } }
        );
      }
    } else {
      const r = resolveContained(headDir, pattern);
      if ("refused" in r) found = { files: [], refused: [r.refused] };
      else if ("real" in r && statSync(r.real).isFile())
        found = { files: [toPosix(pattern)], refused: [] };
    }
    const refused = refusedLinks("INV_TRACE_UNREADABLE", key, pattern, found.refused, "checkout");
    if (refused !== void 0) throw refused;
    if (found.files.length === 0) {
      throw new MaestroError(
        "INV_TRACE_MISSING",
        `\`${key}\` (${pattern}) matches no trace file in the pull request. The configured traces are produced by the repository's tests: run them (or commit the fixtures), or fix the glob. A configured trace that is missing is never a pass.`,
        { location: { file: pattern } }
      );
    }
    for (const f of found.files) out.add(f);
  });
  return [...out].sort();
}

// action/gates/invariants/index.ts
var INVARIANTS_GATE_VERSION = "1";
var DEFAULT_INVARIANT_PATHS = ["invariants"];
var DEFAULT_COVERAGE_THRESHOLD = 0.9;
var PROGRESS_EVERY_RECORDS = 25e4;
function sectionOf(ctx) {
  const raw = ctx.gateConfig;
  if (raw === null || typeof raw !== "object" || !Array.isArray(raw.traces)) {
    throw new MaestroError(
      "INV_INVALID",
      "`gates.invariants.traces` must list the JSONL traces to check (globs relative to the repository)."
    );
  }
  return raw;
}
function createInvariantsGate() {
  return {
    name: "invariants",
    version: INVARIANTS_GATE_VERSION,
    requiredInputs(ctx) {
      const cfg = sectionOf(ctx);
      const paths = cfg.paths ?? DEFAULT_INVARIANT_PATHS;
      return paths.flatMap(
        (p, i) => isGlob(p) ? [] : [
          {
            path: join3(ctx.baseDir, p),
            description: "invariants directory or file",
            configKey: `gates.invariants.paths[${i}]`
          }
        ]
      );
    },
    run: (ctx) => runInvariantsGate(ctx)
  };
}
async function runInvariantsGate(ctx) {
  const cfg = sectionOf(ctx);
  const limits = {
    ...cfg.limits?.max_expression_length === void 0 ? {} : { maxLength: cfg.limits.max_expression_length },
    ...cfg.limits?.max_depth === void 0 ? {} : { maxDepth: cfg.limits.max_depth },
    ...cfg.limits?.max_comprehension_nesting === void 0 ? {} : { maxComprehensionNesting: cfg.limits.max_comprehension_nesting },
    ...cfg.limits?.max_eval_ms === void 0 ? {} : { maxEvalMs: cfg.limits.max_eval_ms },
    ...cfg.limits?.max_cost === void 0 ? {} : { maxCost: cfg.limits.max_cost }
  };
  const set = loadInvariants(ctx.baseDir, cfg.paths ?? DEFAULT_INVARIANT_PATHS, { limits });
  const coverage = coverageOf(
    set,
    cfg.critical_flows ?? [],
    cfg.coverage_threshold ?? DEFAULT_COVERAGE_THRESHOLD
  );
  const traces = resolveTraces(ctx.headDir, cfg.traces);
  const maxFindings = cfg.limits?.max_findings ?? DEFAULT_MAX_VIOLATIONS;
  const monitor = new TraceMonitor(set, { maxViolations: maxFindings });
  const summaries = [];
  let nextProgress = PROGRESS_EVERY_RECORDS;
  const unchecked = [];
  for (const file of traces) {
    ctx.signal.throwIfAborted();
    const checksBefore = monitor.checks;
    const summary = await readTrace(
      join3(ctx.headDir, file),
      file,
      (record, line) => {
        monitor.observe(record, file, line);
        if (monitor.records >= nextProgress) {
          nextProgress += PROGRESS_EVERY_RECORDS;
          ctx.progress(`invariants: ${monitor.records} records, ${monitor.checks} checks`);
        }
      },
      { maxLineChars: cfg.limits?.max_line_chars ?? DEFAULT_MAX_LINE_CHARS, signal: ctx.signal }
    );
    summaries.push(summary);
    if (summary.records > 0 && monitor.checks === checksBefore) unchecked.push(summary);
  }
  monitor.finish();
  if (monitor.records === 0) {
    throw new MaestroError(
      "INV_TRACE_MISSING",
      `the configured traces (${traces.join(", ")}) hold no record, so nothing shows that the invariants hold. Make the tests write their events, or fix \`gates.invariants.traces\`.`,
      { location: { file: traces[0] } }
    );
  }
  return buildOutcome(set, monitor, coverage, summaries, maxFindings, {
    files: unchecked,
    decision: cfg.on_nothing_checked ?? DEFAULT_ON_NOTHING_CHECKED
  });
}
var DEFAULT_ON_NOTHING_CHECKED = "PAUSE_FOR_HITL";

// action/gates/opa/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync4 } from "node:fs";
import { join as join6 } from "node:path";

// action/gates/opa/bundled.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync3, readFileSync } from "node:fs";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MANIFEST_FILE = "manifest.json";
function defaultBundledDir(from = dirname3(fileURLToPath2(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    for (const candidate of [join4(dir, "policies"), join4(dir, "dist", "policies")]) {
      if (existsSync3(join4(candidate, MANIFEST_FILE))) return candidate;
    }
    const up = dirname3(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function readBundledManifest(dir) {
  const path = join4(dir, MANIFEST_FILE);
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (thrown) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy manifest ${path} could not be read: ${describeThrown(thrown)}. Reinstall Maestro Gate or run \`npm run build\`.`,
      { cause: thrown, location: { file: path } }
    );
  }
  const m = parsed;
  if (m === null || typeof m !== "object" || m.format !== 1 || !Array.isArray(m.bundles)) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy manifest ${path} is not a format-1 manifest.`,
      {
        location: { file: path }
      }
    );
  }
  return m;
}
function readBundledWasm(dir, bundle) {
  const path = join4(dir, bundle.wasm);
  let bytes;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (thrown) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy ${path} could not be read: ${describeThrown(thrown)}.`,
      {
        cause: thrown,
        location: { file: path }
      }
    );
  }
  const actual = sha256(bytes);
  if (actual !== bundle.wasm_sha256) {
    throw new MaestroError(
      "OPA_POLICY_UNREADABLE",
      `the bundled policy ${path} has digest ${actual}, but its manifest records ${bundle.wasm_sha256}: it was modified. Reinstall Maestro Gate.`,
      { location: { file: path } }
    );
  }
  return bytes;
}

// action/gates/opa/data.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml = __toESM(require_dist(), 1);
import { lstatSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join5, relative, sep } from "node:path";
var MAX_DATA_FILE_BYTES = 8 * 1024 * 1024;
var DATA_EXT = /\.(json|ya?ml)$/;
function fail(file, message, cause) {
  return new MaestroError("OPA_DATA_INVALID", `data file ${file}: ${message}`, {
    ...cause !== void 0 ? { cause } : {},
    location: { file }
  });
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function mergeAt(target, path, value, file) {
  let node2 = target;
  for (const key of path) {
    const next = node2[key];
    if (next === void 0) node2[key] = {};
    else if (!isObject(next))
      throw fail(file, `conflicts with another data file at data.${path.join(".")}`);
    node2 = node2[key];
  }
  if (!isObject(value)) {
    throw fail(
      file,
      `holds ${Array.isArray(value) ? "a list" : typeof value}; a data file must hold an object (its keys become data.${[...path, "<key>"].join(".")})`
    );
  }
  const merge = (into, from, at) => {
    for (const [k, v] of Object.entries(from)) {
      const existing = into[k];
      if (existing === void 0) into[k] = v;
      else if (isObject(existing) && isObject(v)) merge(existing, v, [...at, k]);
      else throw fail(file, `conflicts with another data file at data.${[...at, k].join(".")}`);
    }
  };
  merge(node2, value, [...path]);
}
function parseFile(abs, file) {
  let text3;
  try {
    const size = lstatSync(abs).size;
    if (size > MAX_DATA_FILE_BYTES)
      throw fail(file, `is ${size} bytes, more than the ${MAX_DATA_FILE_BYTES}-byte limit`);
    text3 = readFileSync2(abs, "utf8");
  } catch (thrown) {
    if (thrown instanceof MaestroError) throw thrown;
    throw fail(file, `cannot be read (${describeThrown(thrown)})`, thrown);
  }
  try {
    return file.endsWith(".json") ? JSON.parse(text3) : (0, import_yaml.parse)(text3);
  } catch (thrown) {
    throw fail(
      file,
      `is not valid ${file.endsWith(".json") ? "JSON" : "YAML"} (${describeThrown(thrown)})`,
      thrown
    );
  }
}
function loadPolicyData(baseDir, paths) {
  const document = {};
  const files = [];
  for (const configured of paths) {
    const root2 = join5(baseDir, configured);
    let stat;
    try {
      stat = lstatSync(root2);
    } catch (thrown) {
      throw fail(configured, "does not exist on the base branch", thrown);
    }
    if (stat.isSymbolicLink())
      throw fail(configured, "is a symbolic link; data paths must be plain files or directories");
    if (stat.isFile()) {
      files.push(configured);
      mergeAt(document, [], parseFile(root2, configured), configured);
      continue;
    }
    const walk = (dir) => {
      const entries = readdirSync(dir, { withFileTypes: true }).sort(
        (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
      );
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        const abs = join5(dir, entry.name);
        const rel = relative(baseDir, abs).split(sep).join("/");
        if (entry.isSymbolicLink())
          throw fail(rel, "is a symbolic link; data files must be plain files");
        if (entry.isDirectory()) walk(abs);
        else if (entry.isFile() && DATA_EXT.test(entry.name)) {
          const under = relative(root2, dir).split(sep).filter((s) => s !== "");
          files.push(rel);
          mergeAt(document, under, parseFile(abs, rel), rel);
        }
      }
    };
    walk(root2);
  }
  files.sort();
  return { document, files, digest: sha256Json(document) };
}

// action/gates/opa/decide.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/opa/exceptions.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_picomatch2 = __toESM(require_picomatch(), 1);
function expired(exception, now) {
  return exception.expires !== void 0 && now.toISOString().slice(0, 10) > exception.expires;
}
function applyExceptions(results, ruleExceptions, policySuppressions, configured, now, configFile) {
  const findings = [];
  const applied = [];
  const byRule = /* @__PURE__ */ new Map();
  for (const e of ruleExceptions) {
    const key = `${e.policy}\0${e.package}\0${e.rule}`;
    if (byRule.has(key)) continue;
    const record = {
      kind: "rule",
      id: `${e.package}.${e.rule}`,
      reason: `exception names ${e.name === "" ? 'the bare rule ("")' : `"${e.name}"`}`,
      source: `policy ${e.policy} (data.${e.package}.exception)`,
      suppressed: []
    };
    byRule.set(key, record);
    applied.push(record);
  }
  const suppressors = [];
  for (const e of policySuppressions) {
    suppressors.push({
      id: e.id,
      ...e.file !== void 0 ? { file: e.file } : {},
      reason: e.reason ?? "(no reason given)",
      source: `policy ${e.policy}${e.package !== void 0 ? ` (data.${e.package}.suppress)` : ""}`
    });
  }
  const expiredOnes = [];
  for (const e of configured) {
    if (expired(e, now)) {
      expiredOnes.push(e);
      findings.push({
        level: "warning",
        message: `opa: the configured exception for \`${e.id}\` expired on ${e.expires} and no longer applies. Fix the finding, or renew the exception with a reason.`,
        file: configFile,
        rule: "opa:exception"
      });
      continue;
    }
    suppressors.push({
      id: e.id,
      ...e.file !== void 0 ? { file: e.file } : {},
      reason: e.reason,
      source: "config gates.opa.exceptions",
      ...e.expires !== void 0 ? { expires: e.expires } : {}
    });
  }
  for (const s of suppressors) {
    if (s.file !== void 0) s.test = (0, import_picomatch2.default)(s.file, { dot: true });
  }
  const records = /* @__PURE__ */ new Map();
  const active = [];
  for (const result of results) {
    const suppressed = {
      kind: result.kind,
      policy: result.policy,
      rule: `${result.package}.${result.rule}`,
      msg: result.msg,
      ...result.file !== void 0 ? { file: result.file } : {}
    };
    const rule2 = byRule.get(`${result.policy}\0${result.package}\0${result.rule}`);
    if (rule2 !== void 0) {
      rule2.suppressed.push(suppressed);
      continue;
    }
    const by = suppressors.find(
      (s) => result.id === s.id && (s.test === void 0 || result.file !== void 0 && s.test(result.file))
    );
    if (by === void 0) {
      active.push(result);
      continue;
    }
    let record = records.get(by);
    if (record === void 0) {
      record = {
        kind: "result",
        id: by.id,
        ...by.file !== void 0 ? { file: by.file } : {},
        reason: by.reason,
        source: by.source,
        ...by.expires !== void 0 ? { expires: by.expires } : {},
        suppressed: []
      };
      records.set(by, record);
      applied.push(record);
    }
    record.suppressed.push(suppressed);
  }
  return { active, applied, expired: expiredOnes, findings };
}

// action/gates/opa/decide.ts
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function firstMessages(results, kind) {
  const msgs = results.filter((r) => r.kind === kind).map((r) => r.file && !r.msg.includes(r.file) ? `${r.file}: ${r.msg}` : r.msg);
  return msgs.slice(0, 3).join("; ") + (msgs.length > 3 ? `; and ${msgs.length - 3} more` : "");
}
function resultFinding(r, input) {
  return {
    level: r.kind === "deny" ? "error" : "warning",
    message: r.msg,
    rule: `${r.policy}:${r.kind}${r.id !== void 0 ? `:${r.id}` : ""}`,
    ...r.file !== void 0 ? { file: r.file } : {},
    ...r.line !== void 0 ? { line: r.line } : {},
    ...r.column !== void 0 ? { column: r.column } : {},
    ...r.kind === "warn" ? {} : {
      counterexample: {
        kind: "opa-result",
        steps: [
          {
            policy: r.policy,
            package: r.package,
            rule: r.rule,
            kind: r.kind,
            msg: r.msg,
            ...r.id !== void 0 ? { id: r.id } : {},
            ...r.file !== void 0 ? { file: r.file } : {},
            ...r.metadata,
            ...r.file !== void 0 ? { changed_file: input.changed_files.find((f) => f.path === r.file) ?? null } : {}
          }
        ],
        ...r.file !== void 0 ? { location: { file: r.file, ...r.line !== void 0 ? { line: r.line } : {} } } : {}
      }
    }
  };
}
function emptyPackages(evaluated) {
  const out = [];
  for (const p of evaluated) {
    for (const pkg of p.layout.packages) {
      if (!p.layout.evaluated.includes(pkg.name)) continue;
      if (pkg.rules.some((r) => ruleRole(r) !== void 0)) continue;
      out.push({
        policy: p.name,
        name: pkg.name,
        ...pkg.files[0] !== void 0 ? { file: `${p.name}/${pkg.files[0]}` } : {}
      });
    }
  }
  return out;
}
function decide2(ctx, d) {
  const { config, input, evaluated, configFile } = d;
  const findings = [];
  const kindRank = { deny: 0, escalate: 1, warn: 2 };
  const all2 = evaluated.flatMap((p) => p.verdict.results).sort(
    (a, b) => kindRank[a.kind] - kindRank[b.kind] || compare(a.file ?? "", b.file ?? "") || compare(a.msg, b.msg) || compare(a.policy, b.policy) || compare(`${a.package}.${a.rule}`, `${b.package}.${b.rule}`)
  );
  const ex = applyExceptions(
    all2,
    evaluated.flatMap((p) => p.verdict.ruleExceptions),
    evaluated.flatMap((p) => p.verdict.exceptions),
    config.exceptions,
    ctx.now(),
    configFile
  );
  findings.push(...ex.findings);
  const active = ex.active;
  for (const r of active) findings.push(resultFinding(r, input));
  const risks = evaluated.flatMap((p) => p.verdict.risks);
  const classRank = { low: 0, medium: 1, high: 2 };
  let score = 0;
  let riskClass;
  const riskReasons = [];
  for (const r of risks) {
    score = Math.max(score, r.score);
    if (r.class !== void 0 && (riskClass === void 0 || classRank[r.class] > classRank[riskClass]))
      riskClass = r.class;
    riskReasons.push(...r.reasons.map((reason2) => `${r.policy}: ${reason2}`));
  }
  for (const r of active) if (r.risk !== void 0) score = Math.max(score, r.risk);
  const empty2 = emptyPackages(evaluated);
  for (const e of empty2) {
    findings.push({
      level: config.noDecisionRule === "STOPPED" ? "error" : "warning",
      rule: "opa:no-decision-rule",
      ...e.file !== void 0 ? { file: e.file } : {},
      message: `policy ${e.policy}: package \`${e.name}\` defines no decision rule (\`deny\`, \`violation\`, \`escalate\`, \`warn\`, each optionally with a \`_suffix\`; \`exception\`, \`suppress\`, \`risk\`), so it checks nothing. Fix the rule names (a typo such as \`denies\`), or move helper packages out of the namespace \`${config.namespace}\`.`
    });
  }
  const count = (kind) => active.filter((r) => r.kind === kind).length;
  const approvers = config.approvers ?? ctx.config.owners ?? [];
  const highRisk = riskClass === "high";
  const report = {
    namespace: config.namespace,
    all_namespaces: config.allNamespaces,
    rego_version: config.regoVersion,
    input_digest: sha256Json(input),
    policies: evaluated.map((p) => ({
      name: p.name,
      source: p.source,
      digest: p.digest,
      files: p.files,
      packages: p.layout.evaluated
    })),
    ...d.data ? { data: d.data } : {},
    counts: {
      deny: count("deny"),
      escalate: count("escalate"),
      warn: count("warn"),
      suppressed: all2.length - active.length,
      exceptions: ex.applied.length
    },
    exceptions: ex.applied,
    expired_exceptions: ex.expired,
    no_decision_rule: empty2,
    risk: {
      score,
      ...riskClass !== void 0 ? { class: riskClass } : {},
      reasons: riskReasons,
      run_max: config.runMax
    },
    prints: evaluated.filter((p) => p.prints.length > 0).map((p) => ({ policy: p.name, lines: p.prints }))
  };
  const inputs_digest = sha256Json({
    input,
    policies: evaluated.map((p) => p.digest),
    data: d.data?.digest ?? null,
    config
  });
  const extra = { report, inputs_digest };
  if (count("deny") > 0) {
    return outcome("STOPPED", "OPA_DENY", findings, {
      ...extra,
      summary: `${count("deny")} policy denial(s): ${firstMessages(active, "deny")}`
    });
  }
  if (empty2.length > 0 && config.noDecisionRule === "STOPPED") {
    return outcome("STOPPED", "OPA_NO_DECISION_RULE", findings, {
      ...extra,
      summary: `package(s) ${empty2.map((e) => e.name).join(", ")} define no decision rule`
    });
  }
  let reason;
  let summary = "";
  const required = highRisk ? config.highRequires : 1;
  const groups = approvers;
  if (empty2.length > 0) {
    reason = "OPA_NO_DECISION_RULE";
    summary = `package(s) ${empty2.map((e) => e.name).join(", ")} define no decision rule: nothing was checked there`;
  } else if (count("escalate") > 0) {
    reason = "OPA_ESCALATE";
    summary = `${count("escalate")} policy escalation(s): ${firstMessages(active, "escalate")}`;
  } else if (score > config.runMax || highRisk) {
    reason = "OPA_RISK_ABOVE_THRESHOLD";
    summary = `risk ${score.toFixed(2)}${riskClass ? ` (${riskClass})` : ""} is above the run threshold ${config.runMax}`;
    findings.push({
      level: "warning",
      rule: "opa:risk",
      message: `opa: risk score ${score.toFixed(2)}${riskClass ? `, class ${riskClass}` : ""} exceeds ${highRisk && score <= config.runMax ? "the class limit" : `the run threshold ${config.runMax}`}${riskReasons.length ? `: ${riskReasons.join("; ")}` : ""}.`
    });
  }
  if (reason !== void 0) {
    return outcome("PAUSE_FOR_HITL", reason, findings, {
      ...extra,
      summary,
      required_approvals: required,
      approver_groups: [...groups]
    });
  }
  if (count("warn") > 0) {
    return outcome("RUN", "OPA_WARN", findings, {
      ...extra,
      summary: `${count("warn")} policy warning(s)`
    });
  }
  return outcome("RUN", "OK", findings, {
    ...extra,
    summary: `${evaluated.length} polic${evaluated.length === 1 ? "y" : "ies"} passed`
  });
}

// action/gates/opa/input.ts
init_define_MAESTRO_CODE_DIGESTS();
var INPUT_SCHEMA_VERSION = 1;
function buildInput(facts) {
  const files = [...facts.changedFiles ?? []].map((f) => ({
    path: f.path,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    ...f.previous_path !== void 0 ? { previous_path: f.previous_path } : {}
  })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const pr = facts.pr;
  return {
    schema_version: INPUT_SCHEMA_VERSION,
    pull_request: pr === void 0 ? null : {
      number: pr.number,
      title: pr.title,
      author: pr.author,
      draft: pr.draft,
      labels: [...pr.labels].sort(),
      repository: pr.repository,
      base: { ref: pr.base.ref, sha: pr.base.sha },
      head: { ref: pr.head.ref, sha: pr.head.sha }
    },
    changed_files: files,
    totals: {
      files: files.length,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0)
    },
    gates: facts.priorResults.map((r) => ({
      gate: r.gate,
      decision: r.decision,
      reason_code: r.reason_code,
      sealed: r.sealed,
      findings: r.findings.length
    })),
    thresholds: { run_max: facts.runMax, high_requires: facts.highRequires }
  };
}

// action/gates/opa/results.ts
init_define_MAESTRO_CODE_DIGESTS();
var RISK_CLASSES = ["low", "medium", "high"];
var RESERVED = /* @__PURE__ */ new Set(["msg", "id", "file", "line", "column", "risk"]);
function malformed(w, what, shape = "any") {
  const matching = w.defs.filter((d) => shape === "any" || d.set === (shape === "item"));
  const defs = matching.length > 0 ? matching : w.defs;
  const first = defs[0];
  const pos = (d) => `${w.fileOf ? w.fileOf(d.file) : `${w.policy}/${d.file}`}:${d.line}:${d.column}`;
  const at = first === void 0 ? "" : ` (${pos(first)}${defs.length > 1 ? `, and ${defs.slice(1).map(pos).join(", ")}` : ""})`;
  return new MaestroError(
    "OPA_RESULT_MALFORMED",
    `policy ${w.policy}: rule \`${w.name}\`${at} ${what}. Results must be strings or objects {msg, ...metadata} (docs/policies.md).`,
    first !== void 0 && w.fileOf ? { location: { file: w.fileOf(first.file), line: first.line, column: first.column } } : {}
  );
}
function show(value) {
  const text3 = JSON.stringify(value) ?? String(value);
  return text3.length > 100 ? `${text3.slice(0, 97)}...` : text3;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function interpretResult(doc, policy, locator = {}) {
  const verdict = { results: [], exceptions: [], ruleExceptions: [], risks: [] };
  if (doc === void 0) return verdict;
  const whereOf = (pkg, rule2) => ({
    policy,
    name: pkg === "" ? rule2 : `${pkg}.${rule2}`,
    defs: locator.layout?.packages.find((p) => p.name === pkg)?.defs?.[rule2] ?? [],
    fileOf: locator.fileOf
  });
  if (!isPlainObject(doc))
    throw malformed(
      whereOf("", "result"),
      `evaluated to ${show(doc)} instead of an object of rules`
    );
  const keys = Object.keys(doc).sort();
  const exempt = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const cut = key.lastIndexOf(":");
    const pkg = key.slice(0, cut);
    const rule2 = key.slice(cut + 1);
    const value = doc[key];
    const role = ruleRole(rule2);
    const where = whereOf(pkg, rule2);
    if (role === "deny" || role === "warn" || role === "escalate") {
      if (!Array.isArray(value))
        throw malformed(
          where,
          `is ${show(value)}, not a set (write \`${rule2} contains msg if { ... }\`)`,
          "whole"
        );
      for (const item2 of value) verdict.results.push(readResult(item2, role, where, pkg, rule2));
    } else if (role === "exception") {
      exempt.set(pkg, readRuleExceptions(value, where));
    } else if (role === "suppress") {
      verdict.exceptions.push(...readExceptions(value, where, pkg));
    } else if (role === "risk") {
      const risk = readRisk(value, where);
      if (risk) verdict.risks.push(risk);
    }
  }
  const rulesOf = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const cut = key.lastIndexOf(":");
    const pkg = key.slice(0, cut);
    const rule2 = key.slice(cut + 1);
    const role = ruleRole(rule2);
    if (role !== "deny" && role !== "warn" && role !== "escalate") continue;
    const set = rulesOf.get(pkg) ?? /* @__PURE__ */ new Set();
    set.add(rule2);
    rulesOf.set(pkg, set);
  }
  for (const [pkg, names] of exempt) {
    for (const rule2 of [...rulesOf.get(pkg) ?? []].sort()) {
      const name = exceptionName(rule2);
      if (names.has(name)) verdict.ruleExceptions.push({ policy, package: pkg, rule: rule2, name });
    }
  }
  return verdict;
}
function readRuleExceptions(value, where) {
  const names = /* @__PURE__ */ new Set();
  if (!Array.isArray(value)) throw malformed(where, `is ${show(value)}, not a set`, "whole");
  const bad = (what) => malformed(where, what, "item");
  for (const item2 of value) {
    if (Array.isArray(item2) && item2.every((x) => typeof x === "string")) {
      for (const name of item2) names.add(name);
      continue;
    }
    throw bad(
      `returned ${show(item2)}; as in conftest, an exception is a list of rule names (\`exception contains rules if { rules := ["large_file"] }\` exempts \`deny_large_file\`). To suppress single results by id, use the \`suppress\` rule`
    );
  }
  return names;
}
function readResult(item2, kind, where, pkg, rule2) {
  const policy = where.policy;
  const bad = (what) => malformed(where, what, "item");
  if (typeof item2 === "string") {
    if (item2.trim() === "") throw bad("returned an empty message");
    return { kind, policy, package: pkg, rule: rule2, msg: item2, metadata: {} };
  }
  if (!isPlainObject(item2)) throw bad(`returned ${show(item2)}`);
  const { msg, id, file, line, column, risk } = item2;
  if (typeof msg !== "string" || msg.trim() === "")
    throw bad(`returned ${show(item2)} without a non-empty string \`msg\``);
  if (id !== void 0 && (typeof id !== "string" || id === ""))
    throw bad(`returned a non-string \`id\` ${show(id)}`);
  if (file !== void 0 && (typeof file !== "string" || file === ""))
    throw bad(`returned a non-string \`file\` ${show(file)}`);
  for (const [key, v] of [
    ["line", line],
    ["column", column]
  ]) {
    if (v !== void 0 && !(typeof v === "number" && Number.isInteger(v) && v >= 1)) {
      throw bad(`returned \`${key}\` ${show(v)}, not a positive integer`);
    }
  }
  if (risk !== void 0 && !(typeof risk === "number" && risk >= 0 && risk <= 1)) {
    throw bad(`returned \`risk\` ${show(risk)}, not a number in [0,1]`);
  }
  const metadata = {};
  for (const [k, v] of Object.entries(item2)) if (!RESERVED.has(k)) metadata[k] = v;
  return {
    kind,
    policy,
    package: pkg,
    rule: rule2,
    msg,
    ...id !== void 0 ? { id } : {},
    ...file !== void 0 ? { file } : {},
    ...line !== void 0 ? { line } : {},
    ...column !== void 0 ? { column } : {},
    ...risk !== void 0 ? { risk } : {},
    metadata
  };
}
function readExceptions(value, where, pkg) {
  const policy = where.policy;
  const bad = (what) => malformed(where, what, "item");
  if (value === void 0) return [];
  if (!Array.isArray(value)) throw malformed(where, `is ${show(value)}, not a set`, "whole");
  const out = [];
  for (const item2 of value) {
    if (typeof item2 === "string" && item2 !== "") out.push({ policy, package: pkg, id: item2 });
    else if (isPlainObject(item2) && typeof item2["id"] === "string" && item2["id"] !== "") {
      const { file, reason } = item2;
      if (file !== void 0 && (typeof file !== "string" || file === ""))
        throw bad(`returned a non-string \`file\` ${show(file)}`);
      if (reason !== void 0 && typeof reason !== "string")
        throw bad(`returned a non-string \`reason\` ${show(reason)}`);
      out.push({
        policy,
        package: pkg,
        id: item2["id"],
        ...file !== void 0 ? { file } : {},
        ...reason !== void 0 ? { reason } : {}
      });
    } else {
      throw bad(`returned ${show(item2)}; a suppression is a result id or {id, file?, reason?}`);
    }
  }
  return out;
}
function readRisk(value, where) {
  const policy = where.policy;
  if (value === void 0) return void 0;
  if (typeof value === "number") {
    if (!(value >= 0 && value <= 1)) throw malformed(where, `is ${show(value)}, not in [0,1]`);
    return { policy, score: value, reasons: [] };
  }
  if (!isPlainObject(value))
    throw malformed(
      where,
      `is ${show(value)}; return a score in [0,1] or {score, class?, reasons?}`
    );
  const { score, reasons } = value;
  const cls = value["class"];
  const isClass = (c) => RISK_CLASSES.includes(c);
  if (!(typeof score === "number" && score >= 0 && score <= 1))
    throw malformed(where, `has score ${show(score)}, not a number in [0,1]`);
  if (cls !== void 0 && !isClass(cls)) {
    throw malformed(where, `has class ${show(cls)}; use one of ${RISK_CLASSES.join(", ")}`);
  }
  if (reasons !== void 0 && !(Array.isArray(reasons) && reasons.every((r) => typeof r === "string"))) {
    throw malformed(where, `has reasons ${show(reasons)}, not a list of strings`);
  }
  return {
    policy,
    score,
    ...isClass(cls) ? { class: cls } : {},
    reasons: Array.isArray(reasons) ? reasons : []
  };
}

// action/gates/opa/index.ts
var OPA_GATE_VERSION = "2";
var CONFIG_FILE = ".github/maestro.yml";
function createOpaGate(options = {}) {
  return {
    name: "opa",
    version: OPA_GATE_VERSION,
    requiredInputs(ctx) {
      const config = resolveConfig(ctx.gateConfig);
      return [
        ...config.policies.map((dir, i) => ({
          path: join6(ctx.baseDir, dir),
          description: "policy directory (read from the base branch)",
          configKey: `gates.opa.policies[${i}]`
        })),
        ...config.data.map((path, i) => ({
          path: join6(ctx.baseDir, path),
          description: "policy data path (read from the base branch)",
          configKey: `gates.opa.data[${i}]`
        }))
      ];
    },
    run: (ctx) => runOpaGate(ctx, options)
  };
}
async function runOpaGate(ctx, options) {
  const config = resolveConfig(ctx.gateConfig);
  const configFile = configFileOf(ctx);
  if (config.policies.length === 0 && !config.bundled) {
    return outcome(
      "STOPPED",
      "OPA_NOT_CONFIGURED",
      [
        {
          level: "error",
          message: `opa: the gate is enabled but has no policies: set \`gates.opa.policies\` to the directories of your .rego files (for example \`[policies]\`), or \`gates.opa.bundled: true\`, in ${configFile}.`,
          file: configFile
        }
      ],
      { summary: "OPA gate enabled without policies" }
    );
  }
  const input = buildInput({
    pr: ctx.pr,
    changedFiles: ctx.changedFiles,
    priorResults: ctx.priorResults,
    runMax: config.runMax,
    highRequires: config.highRequires
  });
  const data = config.data.length > 0 ? loadPolicyData(ctx.baseDir, config.data) : void 0;
  const modules = await loadModules(ctx, config, options);
  const inputBytes = new TextEncoder().encode(JSON.stringify(input));
  const evaluated = runWithDeadline(
    () => modules.map((m) => evaluateModule(m, inputBytes, data)),
    config.evalTimeoutMs,
    `policy ${modules.map((m) => m.name).join(", ")}: evaluation`
  );
  return decide2(ctx, {
    config,
    input,
    evaluated,
    data: data ? { files: data.files, digest: data.digest } : void 0,
    configFile
  });
}
function configFileOf(ctx) {
  return ctx.configPath ?? CONFIG_FILE;
}
function evaluateModule(m, input, data) {
  try {
    if (data !== void 0) m.policy.setData(data.document);
    const value = m.policy.evaluate(input, ENTRYPOINT);
    const prints = m.policy.takePrints();
    return {
      name: m.name,
      source: m.source,
      digest: m.digest,
      files: m.files,
      layout: m.layout,
      verdict: interpretResult(value, m.name, {
        layout: m.layout,
        // Bundled policies are not files of the repository: their positions go in the message only.
        ...m.sources ? { fileOf: (rel) => `${m.name}/${rel}` } : {}
      }),
      prints
    };
  } catch (thrown) {
    throw m.sources ? locateFailure(thrown, m.sources) : thrown;
  }
}
async function loadModules(ctx, config, options) {
  const modules = [];
  const bundledDir = options.bundledDir ?? defaultBundledDir();
  let manifest;
  const manifestOf = () => {
    if (manifest === void 0 && bundledDir !== void 0)
      manifest = readBundledManifest(bundledDir);
    return manifest;
  };
  const precompiledFor = (sources) => {
    if (config.allNamespaces || config.regoVersion !== "v1") return void 0;
    if (bundledDir === void 0 || !existsSync4(join6(bundledDir, MANIFEST_FILE))) return void 0;
    return manifestOf()?.bundles.find(
      (b) => b.source_digest === sources.digest && b.namespace === config.namespace
    );
  };
  const load = async (wasm, name) => {
    const policy = await loadWasmPolicy(wasm, { name, maxMemoryPages: config.maxMemoryPages });
    return { policy, layout: readModuleLayout(policy) };
  };
  if (config.bundled) {
    if (bundledDir === void 0) {
      throw new MaestroError(
        "OPA_POLICY_UNREADABLE",
        "`gates.opa.bundled` is true but the precompiled policies (dist/policies/manifest.json) are missing from this installation. Reinstall Maestro Gate, or run `npm run build`."
      );
    }
    for (const bundle of manifestOf().bundles) {
      ctx.progress(`opa: loading bundled policy ${bundle.name}`);
      const name = `maestro-gate:${bundle.name}`;
      const wasm = readBundledWasm(bundledDir, bundle);
      modules.push({
        name,
        source: "bundled",
        digest: bundle.wasm_sha256,
        files: bundle.files,
        ...await load(wasm, name)
      });
    }
  }
  const toolchain = options.toolchain ?? (options.opaPath !== void 0 ? fixedOpaToolchain(options.opaPath) : NO_OPA_TOOLCHAIN);
  let opa;
  for (const dir of config.policies) {
    if (ctx.signal.aborted)
      throw new MaestroError("GATE_TIMEOUT", "opa: stopped before every policy was evaluated.");
    const sources = readPolicySources(join6(ctx.baseDir, dir), dir, config.namespace);
    checkSources(sources, config);
    const precompiled = precompiledFor(sources);
    if (precompiled !== void 0 && config.bundled) continue;
    let wasm;
    let source;
    if (precompiled !== void 0 && bundledDir !== void 0) {
      wasm = readBundledWasm(bundledDir, precompiled);
      source = "precompiled";
    } else {
      opa ??= await toolchain.resolve({
        pin: { version: config.opaVersion, sha256: config.opaSha256 },
        progress: ctx.progress,
        signal: ctx.signal
      });
      ctx.progress(`opa: compiling ${dir}`);
      const compiled = await compilePolicy(sources, {
        opaPath: opa.path,
        opaVersion: opa.version,
        opaSha256: opa.sha256,
        namespace: config.namespace,
        allNamespaces: config.allNamespaces,
        regoVersion: config.regoVersion,
        cacheDir: ctx.cacheDir,
        cacheSecret: ctx.cacheSecret,
        signal: ctx.signal
      });
      wasm = compiled.wasm;
      source = compiled.cached ? "cache" : "compiled";
    }
    const loaded = await load(wasm, dir).catch((thrown) => {
      throw locateFailure(thrown, sources);
    });
    if (loaded.layout.evaluated.length === 0) {
      const found = loaded.layout.packages.map((p) => p.name).join(", ") || "(none)";
      throw new MaestroError(
        "OPA_NO_POLICIES",
        `policy directory ${dir} has no package under the namespace \`${config.namespace}\` (found: ${found}). Declare \`package ${config.namespace}\` (or a sub-package), set \`gates.opa.namespace\`, or \`gates.opa.all_namespaces: true\`.`,
        { location: { file: `${dir}/${sources.files[0]?.rel ?? ""}` } }
      );
    }
    modules.push({
      name: dir,
      source,
      digest: sources.digest,
      files: sources.files.map((f) => f.rel),
      sources,
      ...loaded
    });
  }
  return modules;
}
function readModuleLayout(policy) {
  const bad = (what) => new MaestroError(
    "OPA_POLICY_LOAD_FAILED",
    `policy ${policy.name}: ${what}. Rebuild it with this version of Maestro Gate (\`npm run build\` for the bundled policies).`
  );
  if (!policy.entrypoints.includes(LAYOUT_ENTRYPOINT))
    throw bad(`the module has no \`${LAYOUT_ENTRYPOINT}\` entrypoint`);
  const value = policy.evaluate({}, LAYOUT_ENTRYPOINT);
  policy.takePrints();
  const v = value;
  if (v === null || typeof v !== "object" || !Array.isArray(v.packages) || !Array.isArray(v.evaluated) || !v.evaluated.every((e) => typeof e === "string"))
    throw bad("its layout is not {packages, evaluated}");
  const packages = [];
  for (const p of v.packages) {
    const q = p;
    const isStrings = (x) => Array.isArray(x) && x.every((s) => typeof s === "string");
    if (q === null || typeof q.name !== "string" || !isStrings(q.path) || !isStrings(q.rules) || !isStrings(q.files) || !(q.defs === void 0 || isRuleDefs(q.defs)))
      throw bad("its layout lists a malformed package");
    packages.push({
      name: q.name,
      path: q.path,
      rules: q.rules,
      files: q.files,
      ...q.defs !== void 0 ? { defs: q.defs } : {}
    });
  }
  return { packages, evaluated: v.evaluated };
}
function isRuleDefs(x) {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  return Object.values(x).every(
    (list5) => Array.isArray(list5) && list5.every((d) => {
      return d !== null && typeof d === "object" && typeof d.file === "string" && Number.isInteger(d.line) && Number.isInteger(d.column) && typeof d.set === "boolean";
    })
  );
}
function checkSources(sources, config) {
  const namespace = config.namespace;
  if (sources.files.length === 0) {
    throw new MaestroError(
      "OPA_NO_POLICIES",
      `policy directory ${sources.name} holds no .rego files on the base branch (test files are not policies). Add a policy with \`package ${namespace}\`, or remove the directory from \`gates.opa.policies\`.`,
      { location: { file: sources.name } }
    );
  }
  if (config.allNamespaces) return;
  if (!sources.files.some((f) => f.pkg !== void 0 && underNamespace(f.pkg, namespace))) {
    const found = [...new Set(sources.files.map((f) => f.pkg ?? "(none)"))].join(", ");
    throw new MaestroError(
      "OPA_NO_POLICIES",
      `policy directory ${sources.name} has no file in package \`${namespace}\` or below it (found: ${found}). Declare \`package ${namespace}\` in your policy, set \`gates.opa.namespace\`, or \`gates.opa.all_namespaces: true\`.`,
      { location: { file: `${sources.name}/${sources.files[0].rel}` } }
    );
  }
}
function locateFailure(thrown, sources) {
  if (!(thrown instanceof MaestroError) || thrown.code !== "OPA_UNSUPPORTED_BUILTIN" || thrown.location)
    return thrown;
  const builtin = /`([a-z0-9_.]+)`/.exec(thrown.message)?.[1];
  if (builtin === void 0) return thrown;
  for (const file of sources.files) {
    const lines = file.text.split("\n");
    const index = lines.findIndex(
      (l) => !l.trimStart().startsWith("#") && l.includes(`${builtin}(`)
    );
    if (index >= 0) {
      return new MaestroError(thrown.code, thrown.message, {
        cause: thrown,
        location: {
          file: `${sources.name}/${file.rel}`,
          line: index + 1,
          column: lines[index].indexOf(builtin) + 1
        }
      });
    }
  }
  return thrown;
}

// action/gates/modelcheck/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFileSync as readFileSync3 } from "node:fs";
import { relative as relative3, resolve as resolve3 } from "node:path";

// action/gates/modelcheck/parallel.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/checker.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/fingerprints.ts
init_define_MAESTRO_CODE_DIGESTS();
var SLOT = 3;
var StateTable = class {
  /**
   * `alloc` makes the slot arrays (the parallel search passes one over a SharedArrayBuffer, which
   * its workers read as a filter); the cells of an array are written once and never again.
   */
  constructor(initialCapacity = 1 << 12, alloc = (ints) => new Int32Array(ints)) {
    this.alloc = alloc;
    this.table = alloc(initialCapacity * 2 * SLOT);
    this.mask = initialCapacity * 2 - 1;
    this.parent = new Int32Array(initialCapacity);
    this.ord = new Int32Array(initialCapacity);
  }
  alloc;
  /** Slots - 1 (the number of slots is a power of two). */
  mask;
  /** `SLOT` ints per slot: low half, high half, id + 1 (0: empty). */
  table;
  parent;
  ord;
  count = 0;
  /** Inserts; returns the new id, or `-(existing id) - 1`. */
  insert(lo, hi, parent, ord) {
    const table = this.table;
    const mask = this.mask;
    let i = (lo ^ hi >>> 7) & mask;
    for (; ; ) {
      const at2 = i * SLOT;
      const slot = table[at2 + 2];
      if (slot === 0) break;
      if (table[at2] === lo && table[at2 + 1] === hi) return -slot;
      i = i + 1 & mask;
    }
    const id = this.count++;
    if (id >= this.parent.length) this.growArrays();
    this.parent[id] = parent;
    this.ord[id] = ord;
    const at = i * SLOT;
    table[at] = lo;
    table[at + 1] = hi;
    table[at + 2] = id + 1;
    if (this.count * 2 > mask + 1) this.rehash();
    return id;
  }
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n) {
    while (n > this.parent.length) this.growArrays();
    while (n * 2 > this.mask + 1) this.rehash();
  }
  /** What callers of {@link touch} fold their reads into, so the reads are kept. */
  touched = 0;
  /**
   * Reads the slot where a probe for (`lo`, `hi`) starts. Touching the slots of several
   * fingerprints before inserting them lets their cache misses overlap.
   */
  touch(lo, hi) {
    return this.table[((lo ^ hi >>> 7) & this.mask) * SLOT + 2];
  }
  growArrays() {
    const n = this.parent.length * 2;
    const grow = (a) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.parent = grow(this.parent);
    this.ord = grow(this.ord);
  }
  rehash() {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = this.alloc(slots * SLOT);
    const mask = slots - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      const id1 = old[at + 2];
      if (id1 === 0) continue;
      const lo = old[at];
      const hi = old[at + 1];
      let i = (lo ^ hi >>> 7) & mask;
      while (table[i * SLOT + 2] !== 0) i = i + 1 & mask;
      const to = i * SLOT;
      table[to] = lo;
      table[to + 1] = hi;
      table[to + 2] = id1;
    }
    this.table = table;
    this.mask = mask;
  }
  bytes() {
    return this.table.byteLength + this.parent.byteLength * 2;
  }
};
var Frontier = class {
  constructor(w, capacity = 1024) {
    this.w = w;
    this.words = new Uint32Array(capacity * w);
    this.ids = new Int32Array(capacity);
  }
  w;
  words;
  ids;
  length = 0;
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n) {
    if (n <= this.ids.length) return;
    const words = new Uint32Array(n * this.w);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(n);
    ids.set(this.ids);
    this.ids = ids;
  }
  /** Pushes the state at word `from` of `words`. */
  pushAt(words, from, id) {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = words[from + i];
    this.ids[this.length++] = id;
  }
  grow() {
    const words = new Uint32Array(this.words.length * 2);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
  }
  push(state, id) {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = state[i];
    this.ids[this.length++] = id;
  }
};
var h1 = 0;
var h2 = 0;
function fingerprint(words, n) {
  let a = 2538058380 ^ n;
  let b = 1540483477 ^ Math.imul(n, 668265261);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    let k = Math.imul(w, 3432918353);
    k = k << 15 | k >>> 17;
    k = Math.imul(k, 461845907);
    a ^= k;
    a = a << 13 | a >>> 19;
    a = Math.imul(a, 5) + 3864292196 | 0;
    let j = Math.imul(w ^ 2246822507, 2246822519);
    j = j << 17 | j >>> 15;
    j = Math.imul(j, 3266489917);
    b ^= j;
    b = b << 11 | b >>> 21;
    b = Math.imul(b, 9) + 951274213 | 0;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 2246822507);
  a ^= a >>> 13;
  a = Math.imul(a, 3266489909);
  a ^= a >>> 16;
  b ^= a;
  b ^= b >>> 15;
  b = Math.imul(b, 739982445);
  b ^= b >>> 12;
  b = Math.imul(b, 695872825);
  b ^= b >>> 15;
  h1 = a | 0;
  h2 = b | 0;
}

// action/gates/modelcheck/search-common.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/initial-states.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/expr.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/access-paths.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/domain.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/finite-type.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_ENUMERATED = 1 << 16;
function getBits(words, off, width) {
  if (width === 0) return 0;
  const w = off >>> 5;
  const b = off & 31;
  const lo = words[w] >>> b;
  if (b + width <= 32) return width === 32 ? lo >>> 0 : (lo & (1 << width) - 1) >>> 0;
  const hi = words[w + 1] << 32 - b;
  const v = (lo | hi) >>> 0;
  return width === 32 ? v : (v & (1 << width) - 1) >>> 0;
}
function setBits(words, off, width, value) {
  if (width === 0) return;
  const w = off >>> 5;
  const b = off & 31;
  const mask = width === 32 ? 4294967295 : (1 << width) - 1;
  const v = value & mask;
  words[w] = words[w] & ~(mask << b) | v << b;
  if (b + width > 32) {
    const spill = b + width - 32;
    const hiMask = (1 << spill) - 1;
    words[w + 1] = words[w + 1] & ~hiMask | v >>> 32 - b & hiMask;
  }
}
function bitsFor(size) {
  return size <= 1 ? 0 : Math.ceil(Math.log2(size));
}

// action/gates/modelcheck/values.ts
init_define_MAESTRO_CODE_DIGESTS();
var FnValue = class {
  constructor(dom, vals) {
    this.dom = dom;
    this.vals = vals;
  }
  dom;
  vals;
  /** The value at `key`, or `undefined` when `key` is outside the domain. */
  get(key) {
    const i = this.dom.indexOf(key);
    return i < 0 ? void 0 : this.vals[i];
  }
  /** The domain elements, in domain order. */
  keys() {
    return this.dom.values();
  }
};
var DomainError = class extends Error {
  name = "DomainError";
};
function isRecordValue(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof FnValue);
}
function show2(v) {
  if (v instanceof FnValue) {
    return `{${v.keys().map((k, i) => `${show2(k)}: ${show2(v.vals[i])}`).join(", ")}}`;
  }
  if (Array.isArray(v)) return `[${v.map(show2).join(", ")}]`;
  if (isRecordValue(v)) {
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${show2(x)}`).join(", ")}}`;
  }
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}
function toJson(v) {
  if (v instanceof FnValue) {
    const out = {};
    v.keys().forEach((k, i) => {
      out[String(k)] = toJson(v.vals[i]);
    });
    return out;
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (isRecordValue(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

// action/gates/modelcheck/scalar-types.ts
init_define_MAESTRO_CODE_DIGESTS();
var ScalarType = class {
  cache;
  width = -1;
  get bits() {
    if (this.width < 0) this.width = bitsFor(this.size);
    return this.width;
  }
  values() {
    if (this.cache === void 0) {
      const out = [];
      for (let i = 0; i < this.size; i++) out.push(this.valueAt(i));
      this.cache = out;
    }
    return this.cache;
  }
  write(v, words, off) {
    const i = this.indexOf(v);
    if (i < 0) throw new DomainError(`${show2(v)} is not a value of ${this.describe()}`);
    setBits(words, off, this.bits, i);
  }
  read(words, off) {
    const i = getBits(words, off, this.bits);
    return this.size <= MAX_ENUMERATED ? this.values()[i] : this.valueAt(i);
  }
};
var BoolType = class extends ScalarType {
  kind = "bool";
  size = 2;
  describe() {
    return "bool";
  }
  indexOf(v) {
    return v === false ? 0 : v === true ? 1 : -1;
  }
  valueAt(i) {
    return i === 1;
  }
};
var IntType = class extends ScalarType {
  constructor(lo, hi) {
    super();
    this.lo = lo;
    this.hi = hi;
    this.size = hi - lo + 1;
  }
  lo;
  hi;
  kind = "int";
  size;
  describe() {
    return `int[${this.lo}..${this.hi}]`;
  }
  indexOf(v) {
    return typeof v === "number" && Number.isInteger(v) && v >= this.lo && v <= this.hi ? v - this.lo : -1;
  }
  valueAt(i) {
    return this.lo + i;
  }
};
var EnumType = class extends ScalarType {
  constructor(names) {
    super();
    this.names = names;
    this.size = names.length;
    this.index = new Map(names.map((n, i) => [n, i]));
  }
  names;
  kind = "enum";
  size;
  index;
  describe() {
    return `enum{${this.names.join(", ")}}`;
  }
  indexOf(v) {
    return typeof v === "string" ? this.index.get(v) ?? -1 : -1;
  }
  valueAt(i) {
    return this.names[i];
  }
};
var UnionType = class extends ScalarType {
  constructor(alternatives) {
    super();
    this.alternatives = alternatives;
    let n = 0;
    for (const alt of alternatives) {
      this.starts.push(n);
      n += alt.size;
    }
    this.size = n;
  }
  alternatives;
  kind = "union";
  size;
  starts = [];
  describe() {
    return this.alternatives.map((a) => a.describe()).join(" | ");
  }
  indexOf(v) {
    for (let a = 0; a < this.alternatives.length; a++) {
      const i = this.alternatives[a].indexOf(v);
      if (i >= 0) return this.starts[a] + i;
    }
    return -1;
  }
  valueAt(i) {
    for (let a = this.alternatives.length - 1; a >= 0; a--) {
      if (i >= this.starts[a]) return this.alternatives[a].values()[i - this.starts[a]];
    }
    return void 0;
  }
};

// action/gates/modelcheck/composite-types.ts
init_define_MAESTRO_CODE_DIGESTS();
var RecordType = class {
  constructor(fields2) {
    this.fields = fields2;
    this.names = [...fields2.keys()];
    let size = 1;
    let bits = 0;
    for (const t of fields2.values()) {
      this.offsets.push(bits);
      bits += t.bits;
      size *= t.size;
    }
    this.size = size;
    this.bits = bits;
  }
  fields;
  kind = "record";
  size;
  bits;
  offsets = [];
  names;
  cache;
  describe() {
    return `{${this.names.map((n) => `${n}: ${this.fields.get(n).describe()}`).join(", ")}}`;
  }
  indexOf(v) {
    if (!isRecordValue(v)) return -1;
    let n = 0;
    for (const _ in v) n++;
    if (n !== this.names.length) return -1;
    let idx = 0;
    for (const name of this.names) {
      if (!Object.hasOwn(v, name)) return -1;
      const t = this.fields.get(name);
      const i = t.indexOf(v[name]);
      if (i < 0) return -1;
      idx = idx * t.size + i;
    }
    return idx;
  }
  values() {
    if (this.cache === void 0) {
      let out = [{}];
      for (const name of this.names) {
        const vals = this.fields.get(name).values();
        const next = [];
        for (const partial of out) for (const val of vals) next.push({ ...partial, [name]: val });
        out = next;
      }
      this.cache = out.map((o) => Object.freeze(o));
    }
    return this.cache;
  }
  write(v, words, off) {
    if (!isRecordValue(v)) throw new DomainError(`${show2(v)} is not a record ${this.describe()}`);
    const keys = Object.keys(v);
    if (keys.length !== this.names.length || !this.names.every((n) => Object.hasOwn(v, n))) {
      throw new DomainError(`${show2(v)} does not have exactly the fields of ${this.describe()}`);
    }
    for (let f = 0; f < this.names.length; f++) {
      const name = this.names[f];
      this.fields.get(name).write(v[name], words, off + this.offsets[f]);
    }
  }
  read(words, off) {
    const out = {};
    for (let f = 0; f < this.names.length; f++) {
      out[this.names[f]] = this.fields.get(this.names[f]).read(words, off + this.offsets[f]);
    }
    return out;
  }
};
var SetType = class {
  constructor(elem) {
    this.elem = elem;
    this.bits = elem.size;
    this.size = 2 ** elem.size;
  }
  elem;
  kind = "set";
  size;
  bits;
  describe() {
    return `set<${this.elem.describe()}>`;
  }
  indexOf(v) {
    if (!Array.isArray(v) || this.elem.size > 30) return -1;
    let mask = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      mask |= 1 << i;
    }
    return mask;
  }
  values() {
    const out = [];
    for (let m = 0; m < this.size; m++)
      out.push(this.elem.values().filter((_, i) => (m & 1 << i) !== 0));
    return out;
  }
  write(v, words, off) {
    if (!Array.isArray(v)) throw new DomainError(`${show2(v)} is not a list (set values are lists)`);
    for (let i = 0; i < this.bits; i++) setBits(words, off + i, 1, 0);
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0)
        throw new DomainError(`${show2(e)} is not a possible element of ${this.describe()}`);
      setBits(words, off + i, 1, 1);
    }
  }
  read(words, off) {
    const vals = this.elem.values();
    const out = [];
    for (let i = 0; i < this.bits; i++) if (getBits(words, off + i, 1) === 1) out.push(vals[i]);
    return out;
  }
};
var FunctionType = class {
  constructor(dom, range2) {
    this.dom = dom;
    this.range = range2;
    this.bits = dom.size * range2.bits;
    this.size = range2.size ** dom.size;
  }
  dom;
  range;
  kind = "function";
  size;
  bits;
  describe() {
    return `[${this.dom.describe()} -> ${this.range.describe()}]`;
  }
  indexOf(v) {
    if (!(v instanceof FnValue) && !(v instanceof Map) && !isRecordValue(v)) return -1;
    let idx = 0;
    for (const k of this.dom.values()) {
      const val = v instanceof FnValue ? v.get(k) : v instanceof Map ? v.get(k) : typeof k === "string" ? v[k] : void 0;
      const i = this.range.indexOf(val);
      if (i < 0) return -1;
      idx = idx * this.range.size + i;
    }
    return idx;
  }
  values() {
    let out = [[]];
    for (let k = 0; k < this.dom.size; k++) {
      const next = [];
      for (const partial of out) for (const r of this.range.values()) next.push([...partial, r]);
      out = next;
    }
    return out.map((vals) => new FnValue(this.dom, vals));
  }
  /** Bit offset of the entry for `key`, relative to the function's offset; -1 outside the domain. */
  entryOffset(key) {
    const i = this.dom.indexOf(key);
    return i < 0 ? -1 : i * this.range.bits;
  }
  write(v, words, off) {
    const keys = this.dom.values();
    if (v instanceof FnValue) {
      if (v.dom !== this.dom && v.keys().length !== keys.length) {
        throw new DomainError(`a function over ${v.dom.describe()} is not a ${this.describe()}`);
      }
      for (let i = 0; i < keys.length; i++) {
        this.range.write(
          v.dom === this.dom ? v.vals[i] : v.get(keys[i]),
          words,
          off + i * this.range.bits
        );
      }
      return;
    }
    if (v instanceof Map && v.size === keys.length) {
      for (let i = 0; i < keys.length; i++) {
        if (!v.has(keys[i]))
          throw new DomainError(
            `${show2(v)} has no entry for ${show2(keys[i])} of ${this.describe()}`
          );
        this.range.write(v.get(keys[i]), words, off + i * this.range.bits);
      }
      return;
    }
    if (isRecordValue(v) && keys.every((k) => typeof k === "string") && Object.keys(v).length === keys.length) {
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (!Object.hasOwn(v, k))
          throw new DomainError(`${show2(v)} has no entry for ${show2(k)} of ${this.describe()}`);
        this.range.write(v[k], words, off + i * this.range.bits);
      }
      return;
    }
    throw new DomainError(`${show2(v)} is not a ${this.describe()}`);
  }
  read(words, off) {
    const vals = new Array(this.dom.size);
    for (let i = 0; i < vals.length; i++)
      vals[i] = this.range.read(words, off + i * this.range.bits);
    return new FnValue(this.dom, vals);
  }
};
var SeqType = class {
  constructor(elem, maxLength) {
    this.elem = elem;
    this.maxLength = maxLength;
    this.lenBits = bitsFor(maxLength + 1);
    this.bits = this.lenBits + maxLength * elem.bits;
    let size = 0;
    for (let n = 0; n <= maxLength; n++) size += elem.size ** n;
    this.size = size;
  }
  elem;
  maxLength;
  kind = "seq";
  size;
  bits;
  lenBits;
  describe() {
    return `seq<${this.elem.describe()}, max ${this.maxLength}>`;
  }
  indexOf(v) {
    if (!Array.isArray(v) || v.length > this.maxLength) return -1;
    let idx = 0;
    for (let n = 0; n < v.length; n++) idx += this.elem.size ** n;
    let within = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      within = within * this.elem.size + i;
    }
    return idx + within;
  }
  values() {
    const out = [[]];
    let layer = [[]];
    for (let n = 1; n <= this.maxLength; n++) {
      const next = [];
      for (const p of layer) for (const e of this.elem.values()) next.push([...p, e]);
      out.push(...next);
      layer = next;
    }
    return out;
  }
  write(v, words, off) {
    if (!Array.isArray(v)) throw new DomainError(`${show2(v)} is not a list`);
    if (v.length > this.maxLength) {
      throw new DomainError(
        `a sequence of length ${v.length} exceeds max_length ${this.maxLength} of ${this.describe()}`
      );
    }
    setBits(words, off, this.lenBits, v.length);
    for (let i = 0; i < this.maxLength; i++) {
      const at = off + this.lenBits + i * this.elem.bits;
      if (i < v.length) this.elem.write(v[i], words, at);
      else
        for (let b = 0; b < this.elem.bits; b += 32)
          setBits(words, at + b, Math.min(32, this.elem.bits - b), 0);
    }
  }
  read(words, off) {
    const n = getBits(words, off, this.lenBits);
    const out = new Array(n);
    for (let i = 0; i < n; i++)
      out[i] = this.elem.read(words, off + this.lenBits + i * this.elem.bits);
    return out;
  }
};

// action/gates/modelcheck/cel-type-of.ts
init_define_MAESTRO_CODE_DIGESTS();
function celTypeOf(t) {
  switch (t.kind) {
    case "bool":
      return BOOL;
    case "int":
      return INT;
    case "enum":
      return STRING;
    case "record": {
      const r = t;
      return {
        k: "record",
        fields: new Map([...r.fields].map(([n, ft]) => [n, celTypeOf(ft)])),
        partial: false
      };
    }
    case "set":
    case "seq":
      return { k: "list", elem: celTypeOf(t.elem) };
    case "function": {
      const f = t;
      return { k: "map", key: celTypeOf(f.dom), val: celTypeOf(f.range) };
    }
    case "union": {
      const alts = t.alternatives.map(celTypeOf);
      return joinTypes(alts);
    }
  }
}

// action/gates/modelcheck/access-paths.ts
function planOffset(plan) {
  const base = plan.base;
  const bad = (k, key) => {
    throw noSuchKey(k, key.first);
  };
  if (plan.keys.length === 1) {
    const key = plan.keys[0];
    const { lo, n, stride, src } = key;
    const at2 = (k) => {
      const i = k - lo;
      if (typeof k !== "number" || !(i >= 0 && i < n) || !Number.isInteger(i)) return bad(k, key);
      return base + i * stride;
    };
    if ("p" in src) {
      const pi = src.p;
      return (env) => at2(env.p[pi]);
    }
    if ("l" in src) {
      const slot = src.l;
      return (env) => at2(env.l[slot]);
    }
    const fn = src.fn;
    return (env) => at2(fn(env));
  }
  if (plan.keys.length !== 2) return void 0;
  const [a, b] = plan.keys;
  const at = (x, y) => {
    const i = x - a.lo;
    if (typeof x !== "number" || !(i >= 0 && i < a.n) || !Number.isInteger(i)) return bad(x, a);
    const j = y - b.lo;
    if (typeof y !== "number" || !(j >= 0 && j < b.n) || !Number.isInteger(j)) return bad(y, b);
    return base + i * a.stride + j * b.stride;
  };
  const [sa, sb] = [a.src, b.src];
  if ("p" in sa && "p" in sb) {
    const [pa, pb] = [sa.p, sb.p];
    return (env) => at(env.p[pa], env.p[pb]);
  }
  if ("p" in sa && "l" in sb) {
    const [pa, lb] = [sa.p, sb.l];
    return (env) => at(env.p[pa], env.l[lb]);
  }
  if ("l" in sa && "p" in sb) {
    const [la, pb] = [sa.l, sb.p];
    return (env) => at(env.l[la], env.p[pb]);
  }
  if ("l" in sa && "l" in sb) {
    const [la, lb] = [sa.l, sb.l];
    return (env) => at(env.l[la], env.l[lb]);
  }
  return void 0;
}
function noSuchKey(key, first) {
  return new CelRuntimeError(`no such key: ${first ? show2(key) : showValue(key)}`);
}
function keyIndexer(dom) {
  if (dom instanceof IntType) {
    const lo = dom.lo;
    const n = dom.size;
    return (key) => {
      if (typeof key !== "number") return -1;
      const i = key - lo;
      return i >= 0 && i < n && Number.isInteger(i) ? i : -1;
    };
  }
  return (key) => dom.indexOf(key);
}
function accessPath(e, scope, ctx, level2 = 0) {
  if (e === void 0 || level2 > ctx.depthLeft) return void 0;
  const k = e.exprKind;
  if (k.case === "identExpr") {
    if (ctx.isLocal(k.value.name)) return void 0;
    const b = scope.lookup(k.value.name);
    if (b?.kind !== "var" || b.offset === void 0) return void 0;
    const off = b.offset;
    return {
      varIndex: b.index,
      leaf: b.type,
      fixed: off,
      stat: { off, heads: [] },
      offset: () => off
    };
  }
  if (k.case === "selectExpr") {
    if (k.value.testOnly) return void 0;
    const inner = accessPath(k.value.operand, scope, ctx, level2 + 1);
    if (inner === void 0 || !(inner.leaf instanceof RecordType)) return void 0;
    const rec = inner.leaf;
    const f = rec.names.indexOf(k.value.field);
    if (f < 0) return void 0;
    return shifted(inner, rec.offsets[f], rec.fields.get(k.value.field));
  }
  if (k.case !== "callExpr") return void 0;
  return pathOfCall(k.value.function, k.value.target, k.value.args, scope, ctx, level2, e);
}
function pathOfCall(name, target, args, scope, ctx, level2, node2) {
  if (name === "_[_]" && target === void 0 && args.length === 2) {
    const inner = accessPath(args[0], scope, ctx, level2 + 1);
    if (inner === void 0 || !(inner.leaf instanceof FunctionType)) return void 0;
    const fnType = inner.leaf;
    const key = ctx.compile(args[1], level2);
    const ct = celTypeOfFunction(fnType);
    if (!compatible(key.t, ct.key))
      ctx.fail(`a key of ${typeName(ct)} cannot be a ${typeName(key.t)}`, node2);
    const first = args[0].exprKind.case === "identExpr";
    const index = keyIndexer(fnType.dom);
    const stride = fnType.range.bits;
    if (key.known !== void 0) {
      const i = index(key.known.value);
      if (i >= 0) return shifted(inner, i * stride, fnType.range);
    }
    const kf = key.fn;
    const prev = inner.offset;
    const dom = fnType.dom;
    const plan = inner.fixed !== void 0 ? { base: inner.fixed, keys: [] } : inner.plan;
    if (dom instanceof IntType && plan !== void 0 && plan.keys.length < 2) {
      const next = {
        base: plan.base,
        keys: [
          ...plan.keys,
          { src: keySource(args[1], key.fn, scope, ctx), lo: dom.lo, n: dom.size, stride, first }
        ]
      };
      const offset = planOffset(next);
      if (offset !== void 0)
        return {
          varIndex: inner.varIndex,
          leaf: fnType.range,
          fixed: void 0,
          offset,
          plan: next
        };
    }
    return {
      varIndex: inner.varIndex,
      leaf: fnType.range,
      fixed: void 0,
      offset: (env) => {
        const base = prev(env);
        const kv = kf(env);
        const i = index(kv);
        if (i < 0) throw noSuchKey(kv, first);
        return base + i * stride;
      }
    };
  }
  if (name === "head") {
    const s = target ?? (args.length === 1 ? args[0] : void 0);
    if (s === void 0 || target !== void 0 && args.length !== 0) return void 0;
    const inner = accessPath(s, scope, ctx, level2 + 1);
    if (inner === void 0 || !(inner.leaf instanceof SeqType)) return void 0;
    const seq = inner.leaf;
    const lenBits = seq.lenBits;
    const prev = inner.offset;
    const st = inner.stat;
    return {
      varIndex: inner.varIndex,
      leaf: seq.elem,
      fixed: void 0,
      ...st !== void 0 ? {
        stat: {
          off: st.off + lenBits,
          heads: [...st.heads, { off: st.off, width: lenBits }]
        }
      } : {},
      offset: (env) => {
        const off = prev(env);
        if (getBits(env.s, off, lenBits) === 0)
          throw new CelRuntimeError("head of an empty sequence");
        return off + lenBits;
      }
    };
  }
  return void 0;
}
function keySource(e, fn, scope, ctx) {
  if (e.exprKind.case === "identExpr") {
    const name = e.exprKind.value.name;
    if (ctx.isLocal(name)) {
      const slot = ctx.slotOf(name);
      if (slot !== void 0) return { l: slot };
    } else {
      const b = scope.lookup(name);
      if (b?.kind === "param") return { p: b.index };
    }
  }
  return { fn };
}
function shifted(p, by, leaf) {
  if (p.fixed !== void 0) {
    const off = p.fixed + by;
    return { varIndex: p.varIndex, leaf, fixed: off, stat: { off, heads: [] }, offset: () => off };
  }
  if (p.stat !== void 0) {
    const prev2 = p.offset;
    return {
      varIndex: p.varIndex,
      leaf,
      fixed: void 0,
      stat: { off: p.stat.off + by, heads: p.stat.heads },
      offset: (env) => prev2(env) + by
    };
  }
  if (p.plan !== void 0) {
    const plan = { base: p.plan.base + by, keys: p.plan.keys };
    const offset = planOffset(plan);
    if (offset !== void 0) return { varIndex: p.varIndex, leaf, fixed: void 0, offset, plan };
  }
  const prev = p.offset;
  return { varIndex: p.varIndex, leaf, fixed: void 0, offset: (env) => prev(env) + by };
}
function celTypeOfFunction(t) {
  return { k: "map", key: celTypeOf(t.dom), val: celTypeOf(t.range) };
}
function readNote(p) {
  const at = p.stat;
  if (at === void 0) return void 0;
  const leaf = p.leaf;
  if (leaf instanceof IntType) return { kind: "int", at, width: leaf.bits, lo: leaf.lo };
  if (leaf instanceof BoolType) return { kind: "bool", at };
  if (leaf instanceof EnumType) return { kind: "enum", at, width: leaf.bits, names: leaf.names };
  return void 0;
}
function readPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  const fixed = p.fixed;
  if (leaf instanceof IntType) {
    const bits = leaf.bits;
    const lo = leaf.lo;
    if (fixed !== void 0) return (env) => lo + getBits(env.s, fixed, bits);
    return (env) => lo + getBits(env.s, off(env), bits);
  }
  if (leaf instanceof BoolType) {
    if (fixed !== void 0) return (env) => getBits(env.s, fixed, 1) === 1;
    return (env) => getBits(env.s, off(env), 1) === 1;
  }
  if (leaf instanceof EnumType) {
    const names = leaf.names;
    const bits = leaf.bits;
    if (fixed !== void 0) return (env) => names[getBits(env.s, fixed, bits)];
    return (env) => names[getBits(env.s, off(env), bits)];
  }
  return (env) => leaf.read(env.s, off(env));
}
function sizeOfPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  if (leaf instanceof SeqType) {
    const lenBits = leaf.lenBits;
    const fixed = p.fixed;
    if (fixed !== void 0) return (env) => getBits(env.s, fixed, lenBits);
    return (env) => getBits(env.s, off(env), lenBits);
  }
  if (leaf instanceof SetType) {
    const n = leaf.bits;
    return (env) => {
      const at = off(env);
      const s = env.s;
      let count = 0;
      for (let b = 0; b < n; b += 32) {
        let x = getBits(s, at + b, Math.min(32, n - b));
        while (x !== 0) {
          x &= x - 1;
          count++;
        }
      }
      return count;
    };
  }
  return void 0;
}
function memberOfPath(p, x) {
  const leaf = p.leaf;
  if (!(leaf instanceof SetType)) return void 0;
  const elem = leaf.elem;
  const index = keyIndexer(elem);
  const off = p.offset;
  const xf = x.fn;
  if (x.known !== void 0) {
    const i = index(x.known.value);
    const fixed = p.fixed;
    if (i < 0) return (env) => (off(env), false);
    if (fixed !== void 0) return (env) => getBits(env.s, fixed + i, 1) === 1;
    return (env) => getBits(env.s, off(env) + i, 1) === 1;
  }
  return (env) => {
    const v = xf(env);
    const at = off(env);
    const i = index(v);
    return i >= 0 && getBits(env.s, at + i, 1) === 1;
  };
}
function pathCall(name, target, args, ctx, scope) {
  if (name === "size") {
    const s = target ?? (args.length === 1 ? args[0] : void 0);
    if (s === void 0 || target !== void 0 && args.length !== 0) return void 0;
    const p = accessPath(s, scope, ctx, 1);
    if (p === void 0) return void 0;
    const fn = sizeOfPath(p);
    if (fn === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    if (p.stat !== void 0 && p.leaf instanceof SeqType) {
      const note = { kind: "size", at: p.stat, width: p.leaf.lenBits };
      return { t: INT, fn, note };
    }
    return { t: INT, fn };
  }
  if (name === "@in" && target === void 0 && args.length === 2) {
    const p = accessPath(args[1], scope, ctx, 1);
    if (p === void 0 || !(p.leaf instanceof SetType)) return void 0;
    const x = ctx.compile(args[0]);
    const ct = celTypeOf(p.leaf);
    if (ct.k === "list" && !compatible(x.t, ct.elem))
      ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
    const fn = memberOfPath(p, x);
    if (fn === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    const i = x.known !== void 0 ? keyIndexer(p.leaf.elem)(x.known.value) : -1;
    if (p.stat !== void 0 && i >= 0) {
      const note = { kind: "member", at: { off: p.stat.off + i, heads: p.stat.heads } };
      return { t: BOOL, fn, note };
    }
    return { t: BOOL, fn };
  }
  if (name === "_[_]" || name === "head" || name === "@select") {
    const p = name === "@select" ? accessPath(args[0], scope, ctx) : pathOfCall(name, target, args, scope, ctx, 0);
    if (p === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    const note = readNote(p);
    return { t: celTypeOf(p.leaf), fn: readPath(p), ...note !== void 0 ? { note } : {} };
  }
  return void 0;
}

// action/gates/modelcheck/update-writers.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_COPIED_LENGTH = 1 << 12;
var BAIL = new DomainError("the update writer hands over to the general path");
function sameEncoding(a, b) {
  if (a === b) return true;
  if (a.kind !== b.kind || a.bits !== b.bits) return false;
  if (a instanceof BoolType) return true;
  if (a instanceof IntType && b instanceof IntType) return a.lo === b.lo && a.hi === b.hi;
  if (a instanceof EnumType && b instanceof EnumType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]);
  if (a instanceof RecordType && b instanceof RecordType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i] && sameEncoding(a.fields.get(n), b.fields.get(n)));
  if (a instanceof SetType && b instanceof SetType) return sameEncoding(a.elem, b.elem);
  if (a instanceof FunctionType && b instanceof FunctionType)
    return sameEncoding(a.dom, b.dom) && sameEncoding(a.range, b.range);
  if (a instanceof SeqType && b instanceof SeqType)
    return a.maxLength === b.maxLength && sameEncoding(a.elem, b.elem);
  if (a instanceof UnionType && b instanceof UnionType)
    return a.alternatives.length === b.alternatives.length && a.alternatives.every((x, i) => sameEncoding(x, b.alternatives[i]));
  return false;
}
function copyBits(from, src, to, dst, n) {
  for (let b = 0; b < n; b += 32) {
    const w = Math.min(32, n - b);
    setBits(to, dst + b, w, getBits(from, src + b, w));
  }
}
function zeroBits(to, dst, n) {
  for (let b = 0; b < n; b += 32) setBits(to, dst + b, Math.min(32, n - b), 0);
}
function hasMacro(e) {
  if (e === void 0) return false;
  const k = e.exprKind;
  switch (k.case) {
    case "comprehensionExpr":
      return true;
    case "callExpr":
      return hasMacro(k.value.target) || k.value.args.some(hasMacro);
    case "selectExpr":
      return hasMacro(k.value.operand);
    case "listExpr":
      return k.value.elements.some(hasMacro);
    case "structExpr":
      return k.value.entries.some(
        (x) => hasMacro(x.value) || x.keyKind.case === "mapKey" && hasMacro(x.keyKind.value)
      );
    case "constExpr":
    case "identExpr":
    case void 0:
      return false;
  }
}
function writerOf(e, t, cx) {
  if (hasMacro(e)) return void 0;
  return special(e, t, cx);
}
function general(e, t, cx) {
  const fn = cx.compile(e).fn;
  return (env, succ, off) => t.write(fn(env), succ, off);
}
function pathOf(e, cx) {
  return accessPath(e, cx.scope, cx.hook);
}
function special(e, t, cx) {
  const k = e.exprKind;
  if (k.case === "callExpr") {
    const { function: name, target, args } = k.value;
    if (name === "_?_:_" && target === void 0 && args.length === 3) {
      const a = special(args[1], t, cx);
      const b = special(args[2], t, cx);
      if (a === void 0 && b === void 0) return void 0;
      const wa = a ?? general(args[1], t, cx);
      const wb = b ?? general(args[2], t, cx);
      const cf = cx.compile(args[0]).fn;
      return (env, succ, off) => {
        const c = cf(env);
        if (c === true) wa(env, succ, off);
        else if (c === false) wb(env, succ, off);
        else throw BAIL;
      };
    }
    const recv = target ?? args[0];
    const rest = target !== void 0 ? args : args.slice(1);
    if (name === "tail" && rest.length === 0 && t instanceof SeqType)
      return tailWriter(recv, t, cx);
    if (name === "append" && rest.length === 1 && t instanceof SeqType)
      return appendWriter(recv, rest[0], t, cx);
    if (name === "_+_" && target === void 0 && args.length === 2 && t instanceof SetType)
      return setAddWriter(args[0], args[1], t, cx);
  }
  if (k.case === "structExpr" && t instanceof RecordType) return recordWriter(e, t, cx);
  const p = pathOf(e, cx);
  if (p !== void 0 && sameEncoding(p.leaf, t)) {
    const n = t.bits;
    const po = p.offset;
    return (env, succ, off) => copyBits(env.s, po(env), succ, off, n);
  }
  return void 0;
}
function seqPath(e, t, cx) {
  if (t.maxLength > MAX_COPIED_LENGTH) return void 0;
  const p = pathOf(e, cx);
  return p !== void 0 && sameEncoding(p.leaf, t) ? p : void 0;
}
function tailWriter(e, t, cx) {
  const p = seqPath(e, t, cx);
  if (p === void 0) return void 0;
  const { lenBits, maxLength } = t;
  const eb = t.elem.bits;
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len === 0) throw BAIL;
    setBits(succ, off, lenBits, len - 1);
    copyBits(s, at + lenBits + eb, succ, off + lenBits, (len - 1) * eb);
    zeroBits(succ, off + lenBits + (len - 1) * eb, (maxLength - len + 1) * eb);
  };
}
function appendWriter(e, x, t, cx) {
  const p = seqPath(e, t, cx);
  if (p === void 0) return void 0;
  const { lenBits, maxLength } = t;
  const elem = t.elem;
  const eb = elem.bits;
  const wx = special(x, elem, cx) ?? general(x, elem, cx);
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len >= maxLength) throw BAIL;
    copyBits(s, at, succ, off, t.bits);
    setBits(succ, off, lenBits, len + 1);
    wx(env, succ, off + lenBits + len * eb);
  };
}
function setAddWriter(l, r, t, cx) {
  if (r.exprKind.case !== "listExpr" || r.exprKind.value.optionalIndices.length > 0)
    return void 0;
  const p = pathOf(l, cx);
  if (p === void 0 || !sameEncoding(p.leaf, t)) return void 0;
  const elem = t.elem;
  const fns = r.exprKind.value.elements.map((x) => cx.compile(x).fn);
  const po = p.offset;
  const n = t.bits;
  return (env, succ, off) => {
    copyBits(env.s, po(env), succ, off, n);
    for (let i = 0; i < fns.length; i++) {
      const at = elem.indexOf(fns[i](env));
      if (at < 0) throw BAIL;
      setBits(succ, off + at, 1, 1);
    }
  };
}
function recordWriter(e, t, cx) {
  const k = e.exprKind;
  if (k.case !== "structExpr" || k.value.messageName !== "") return void 0;
  const byName = /* @__PURE__ */ new Map();
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== "mapKey" || entry.value === void 0 || entry.optionalEntry)
      return void 0;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== "constExpr" || kc.value.constantKind.case !== "stringValue") return void 0;
    const name = kc.value.constantKind.value;
    if (byName.has(name) || !t.fields.has(name)) return void 0;
    byName.set(name, entry.value);
  }
  if (byName.size !== t.names.length) return void 0;
  const fields2 = t.names.map((name, f) => {
    const ft = t.fields.get(name);
    const x = byName.get(name);
    return { w: special(x, ft, cx) ?? general(x, ft, cx), at: t.offsets[f] };
  });
  return (env, succ, off) => {
    for (let f = 0; f < fields2.length; f++) fields2[f].w(env, succ, off + fields2[f].at);
  };
}
function eachWriter(t, index, inner) {
  const keys = t.dom.values();
  const stride = t.range.bits;
  const p = new Array(index + 1);
  return (env, succ, off) => {
    const saved = env.p;
    for (let i = 0; i < index; i++) p[i] = saved[i];
    env.p = p;
    try {
      for (let i = 0; i < keys.length; i++) {
        p[index] = keys[i];
        inner(env, succ, off + i * stride);
      }
    } finally {
      env.p = saved;
    }
  };
}
function targetOffset(base, steps) {
  let fixed = base;
  const keys = [];
  for (const step2 of steps) {
    if (step2.kind === "field") {
      const c = step2.container;
      const add = c.offsets[c.names.indexOf(step2.name)];
      if (keys.length === 0) fixed += add;
      else keys[keys.length - 1].after += add;
    } else {
      const dom = step2.container.dom;
      keys.push({
        fn: step2.fn,
        index: indexer(dom),
        stride: step2.container.range.bits,
        after: 0,
        dom
      });
    }
  }
  const bad = (key, dom) => {
    throw new DomainError(
      `key ${JSON.stringify(toJson(key))} is not in the domain ${dom.describe()}`
    );
  };
  if (keys.length === 0) return () => fixed;
  if (keys.length === 1) {
    const { fn, index, stride, after, dom } = keys[0];
    return (env) => {
      const k = fn(env);
      const i = index(k);
      if (i < 0) bad(k, dom);
      return fixed + i * stride + after;
    };
  }
  if (keys.length === 2) {
    const [a, b] = keys;
    return (env) => {
      const x = a.fn(env);
      const i = a.index(x);
      if (i < 0) bad(x, a.dom);
      const y = b.fn(env);
      const j = b.index(y);
      if (j < 0) bad(y, b.dom);
      return fixed + i * a.stride + a.after + j * b.stride + b.after;
    };
  }
  return (env) => {
    let off = fixed;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      const k = key.fn(env);
      const i = key.index(k);
      if (i < 0) bad(k, key.dom);
      off += i * key.stride + key.after;
    }
    return off;
  };
}
function indexer(dom) {
  if (dom instanceof IntType) {
    const { lo, size } = dom;
    return (k) => {
      if (typeof k !== "number") return -1;
      const i = k - lo;
      return i >= 0 && i < size && Number.isInteger(i) ? i : -1;
    };
  }
  return (k) => dom.indexOf(k);
}

// action/gates/modelcheck/expr.ts
var ExprError = class extends Error {
  constructor(code3, message, offset) {
    super(message);
    this.code = code3;
    this.offset = offset;
  }
  code;
  offset;
  name = "ExprError";
};
function celTypeOfValue(v) {
  if (typeof v === "boolean") return BOOL;
  if (typeof v === "number") return INT;
  if (typeof v === "string") return STRING;
  if (Array.isArray(v)) return { k: "list", elem: joinTypes(v.map(celTypeOfValue)) };
  if (v instanceof FnValue) return { k: "map", key: DYN, val: DYN };
  if (isRecordValue(v)) {
    return {
      k: "record",
      fields: new Map(Object.entries(v).map(([n, x]) => [n, celTypeOfValue(x)])),
      partial: false
    };
  }
  return DYN;
}
var INT_OPS = opsFor("int");
function compileExpr(source, scope, setVar, options = {}) {
  const celScope = {
    lookup: (name) => bindingOf(scope.lookup(name)),
    known: () => scope.known()
  };
  let compiled;
  try {
    compiled = compileClosure(source, {
      mode: "int",
      scope: celScope,
      hook: hookFor(scope),
      dialect: "in specs",
      ...options.functions === void 0 ? {} : { functions: options.functions }
    });
  } catch (thrown) {
    if (thrown instanceof CelCompileError) {
      throw thrown.kind === "syntax" ? new ExprError("MC_SPEC_UNPARSEABLE", `CEL syntax error: ${thrown.detail}`, thrown.offset) : thrown.kind === "limit" ? new ExprError("MC_SPEC_UNPARSEABLE", thrown.detail, thrown.offset) : new ExprError("MC_TYPE_ERROR", thrown.detail, thrown.offset);
    }
    throw thrown;
  }
  const result = {
    fn: compiled.fn,
    type: compiled.type,
    reads: compiled.reads,
    slots: compiled.slots,
    ...compiled.known !== void 0 ? { known: compiled.known } : {},
    ...compiled.compiler.foldedLoops ? { foldedLoops: true } : {}
  };
  if (options.source === true && result.known === void 0) {
    const compiler = compiled.compiler;
    result.source = {
      expr: compiled.parsed.expr,
      compile: (x) => compiler.compile(x, /* @__PURE__ */ new Map(), 1, 0),
      scope,
      budget: compiled.hasLoops ? compiled.limits : void 0,
      foldsLoops: (f) => {
        const before = compiler.foldedLoops;
        compiler.foldedLoops = false;
        f();
        const folded = compiler.foldedLoops;
        compiler.foldedLoops = before || folded;
        return folded;
      }
    };
  }
  if (options.target !== void 0) {
    const compiler = compiled.compiler;
    const hook = {
      compile: (x, deeper = 0) => compiler.compile(x, /* @__PURE__ */ new Map(), 2 + deeper, 0),
      // The whole expression compiled within the limits, so its parts do.
      depthLeft: Number.MAX_SAFE_INTEGER,
      isLocal: () => false,
      slotOf: () => void 0,
      noteRead: () => void 0,
      fail: (message) => {
        throw new ExprError("MC_TYPE_ERROR", message, 0);
      }
    };
    const write2 = writerOf(compiled.parsed.expr, options.target, {
      scope,
      hook,
      compile: (x) => hook.compile(x)
    });
    if (write2 !== void 0) result.write = write2;
  }
  if (setVar !== void 0) {
    const k = compiled.parsed.expr.exprKind;
    if (k.case === "callExpr" && k.value.function === "_+_" && k.value.target === void 0) {
      const [left, right] = k.value.args;
      if (left?.exprKind.case === "identExpr" && left.exprKind.value.name === setVar && right?.exprKind.case === "listExpr") {
        const sb = scope.lookup(setVar);
        if (sb?.kind === "var" && sb.type instanceof SetType) {
          const compile = (x) => compiled.compiler.compile(x, /* @__PURE__ */ new Map(), 1, 0);
          const elem = sb.type.elem;
          result.added = right.exprKind.value.elements.map((x) => {
            const indexer2 = recordIndexer(x, elem, compile);
            if (indexer2 !== void 0) return indexer2;
            const fn = compile(x).fn;
            return (env) => elem.indexOf(fn(env));
          });
        }
      }
    }
  }
  return result;
}
function bindingOf(b) {
  if (b === void 0) return void 0;
  switch (b.kind) {
    case "var": {
      const i = b.index;
      return {
        kind: "closure",
        t: celTypeOf(b.type),
        reads: i,
        fn: (env) => {
          const x = env.v[i];
          return x !== void 0 ? x : env.load(i);
        }
      };
    }
    case "const":
      return { kind: "value", value: b.value, t: b.t };
    case "param": {
      const i = b.index;
      return { kind: "closure", t: b.t, fn: (env) => env.p[i] };
    }
    case "let":
      return { kind: "closure", t: b.t, fn: b.fn };
  }
}
function hookFor(scope) {
  const stateVar = (e, isLocal) => e?.exprKind.case === "identExpr" && !isLocal(e.exprKind.value.name) ? scope.lookup(e.exprKind.value.name) : void 0;
  return (name, target, args, ctx) => {
    if (name === "@in" && target === void 0 && args.length === 2) {
      const sb = stateVar(args[1], ctx.isLocal);
      if (sb?.kind === "var" && sb.type instanceof SetType) {
        const elem = sb.type.elem;
        const vi = sb.index;
        const indexer2 = recordIndexer(args[0], elem, ctx.compile);
        if (indexer2 !== void 0) {
          const x = ctx.compile(args[0]);
          const ct = celTypeOf(sb.type);
          if (ct.k === "list" && !compatible(x.t, ct.elem))
            ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
          ctx.noteRead(vi);
          const known = indexer2.known;
          if (known !== void 0) {
            if (known < 0) return { t: BOOL, fn: () => false };
            const off = sb.offset;
            if (off !== void 0) {
              const note = { kind: "member", at: { off: off + known, heads: [] } };
              return { t: BOOL, fn: (env) => getBits(env.s, off + known, 1) === 1, note };
            }
            return { t: BOOL, fn: (env) => env.has(vi, known) };
          }
          return {
            t: BOOL,
            fn: (env) => {
              const i = indexer2(env);
              return i >= 0 && env.has(vi, i);
            }
          };
        }
      }
    }
    return pathCall(name, target, args, ctx, scope);
  };
}
function recordIndexer(e, elem, compile) {
  const k = e.exprKind;
  if (k.case !== "structExpr" || k.value.messageName !== "") return void 0;
  const names = [];
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== "mapKey" || entry.value === void 0) return void 0;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== "constExpr" || kc.value.constantKind.case !== "stringValue") return void 0;
    names.push(kc.value.constantKind.value);
  }
  let offset = 0;
  let record;
  const alts = elem instanceof UnionType ? elem.alternatives : [elem];
  for (const alt of alts) {
    if (alt instanceof RecordType && alt.names.length === names.length && names.every((n) => alt.fields.has(n))) {
      record = alt;
      break;
    }
    offset += alt.size;
  }
  if (record === void 0) return void 0;
  const fns = /* @__PURE__ */ new Map();
  k.value.entries.forEach((entry, i) => {
    fns.set(names[i], compile(entry.value));
  });
  const fields2 = record.names.map((n) => ({ type: record.fields.get(n), fn: fns.get(n).fn }));
  if (record.names.every((n) => fns.get(n).known !== void 0)) {
    let idx = 0;
    let inType = true;
    for (const n of record.names) {
      const type = record.fields.get(n);
      const i = type.indexOf(fns.get(n).known.value);
      if (i < 0) inType = false;
      idx = idx * type.size + i;
    }
    const known = inType ? offset + idx : -1;
    return Object.assign(() => known, { known });
  }
  return (env) => {
    let idx = 0;
    for (let f = 0; f < fields2.length; f++) {
      const field = fields2[f];
      const i = field.type.indexOf(field.fn(env));
      if (i < 0) return -1;
      idx = idx * field.type.size + i;
    }
    return offset + idx;
  };
}

// action/gates/modelcheck/init-choices.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_CACHED_WORDS = 1 << 20;
function hasValues(t) {
  if (t instanceof FunctionType) return hasValues(t.range);
  if (t instanceof RecordType) return [...t.fields.values()].every(hasValues);
  return t.size > 0;
}
function leavesOf(t, off, out) {
  if (t instanceof FunctionType) {
    for (let i = 0; i < t.dom.size; i++)
      if (!leavesOf(t.range, off + i * t.range.bits, out)) return false;
    return true;
  }
  if (t instanceof RecordType) {
    for (let f = 0; f < t.names.length; f++)
      if (!leavesOf(t.fields.get(t.names[f]), off + t.offsets[f], out)) return false;
    return true;
  }
  if (t instanceof SetType && (t.elem instanceof IntType || t.elem instanceof BoolType)) {
    for (let c = Math.ceil(t.bits / 32) - 1; c >= 0; c--) {
      const width = Math.min(32, t.bits - c * 32);
      out.push({ off: off + c * 32, width, size: 2 ** width, codes: void 0 });
    }
    return true;
  }
  if (t.bits > 32) return false;
  if (t instanceof IntType || t instanceof BoolType) {
    out.push({ off, width: t.bits, size: t.size, codes: void 0 });
    return true;
  }
  if (t.size > MAX_ENUMERATED) return false;
  const vals = t.values();
  const codes = new Uint32Array(vals.length);
  const scratch = new Uint32Array(1);
  for (let i = 0; i < vals.length; i++) {
    scratch[0] = 0;
    t.write(vals[i], scratch, 0);
    codes[i] = scratch[0];
  }
  out.push({ off, width: t.bits, size: vals.length, codes });
  return true;
}
function typeChoice(type, off) {
  const leaves = [];
  if (!leavesOf(type, off, leaves)) return void 0;
  const empty2 = !hasValues(type);
  const n = leaves.length;
  const offs = Int32Array.from(leaves, (l) => l.off);
  const widths = Int32Array.from(leaves, (l) => l.width);
  const sizes = Float64Array.from(leaves, (l) => l.size);
  const codes = leaves.map((l) => l.codes);
  const at = new Float64Array(n);
  let dirty = 0;
  return {
    first() {
      at.fill(0);
      dirty = 0;
      return !empty2;
    },
    next() {
      for (let k = n - 1; k >= 0; k--) {
        if (++at[k] < sizes[k]) {
          if (k < dirty) dirty = k;
          return true;
        }
        at[k] = 0;
      }
      dirty = 0;
      return false;
    },
    write(words) {
      for (let k = dirty; k < n; k++) {
        const c = codes[k];
        setBits(words, offs[k], widths[k], c === void 0 ? at[k] : c[at[k]]);
      }
      dirty = n;
    }
  };
}
var PackedReplay = class {
  constructor(chunks, enabled) {
    this.chunks = chunks;
    this.enabled = enabled;
    this.codes = new Uint32Array(enabled ? chunks * 4 : 0);
  }
  chunks;
  enabled;
  codes;
  /** Values recorded so far (all of them once `complete`). */
  count = 0;
  complete = false;
  /** True when the first pass is recorded whole: later passes replay it. */
  get ready() {
    return this.enabled && this.complete;
  }
  /** Records the next value's `chunks` words from `from`, unless the first pass is over. */
  add(from) {
    if (!this.enabled || this.complete) return;
    const chunks = this.chunks;
    if ((this.count + 1) * chunks > MAX_CACHED_WORDS) {
      this.enabled = false;
      this.codes = new Uint32Array(0);
      return;
    }
    if ((this.count + 1) * chunks > this.codes.length) {
      const grown2 = new Uint32Array(this.codes.length * 2);
      grown2.set(this.codes);
      this.codes = grown2;
    }
    this.codes.set(from.subarray(0, chunks), this.count * chunks);
    this.count++;
  }
  /** Writes recorded value `i` into `words` at bit offset `off` (`bits` wide). */
  write(words, i, off, bits) {
    copyChunks(words, off, bits, this.codes, i * this.chunks);
  }
};
function copyChunks(words, off, bits, from, base) {
  for (let c = 0; c * 32 < bits; c++)
    setBits(words, off + c * 32, Math.min(32, bits - c * 32), from[base + c]);
}
function withReplay(replay2, live, off, bits) {
  let replaying = false;
  let i = 0;
  return {
    first() {
      if (replay2.ready) {
        replaying = true;
        i = 0;
        return replay2.count > 0;
      }
      replaying = false;
      return live.first();
    },
    next() {
      return replaying ? ++i < replay2.count : live.next();
    },
    write(words) {
      if (replaying) replay2.write(words, i, off, bits);
      else live.write(words);
    }
  };
}
function valueChoice(source, type, off, cache) {
  const bits = type.bits;
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const scratch = new Uint32Array(chunks);
  const replay2 = new PackedReplay(chunks, cache);
  let it;
  let cur;
  const advance = () => {
    const r = it.next();
    if (r.done === true) {
      replay2.complete = true;
      return false;
    }
    cur = r.value;
    return true;
  };
  const live = {
    first() {
      it = source();
      return advance();
    },
    next: advance,
    write(words) {
      scratch.fill(0);
      type.write(cur, scratch, 0);
      copyChunks(words, off, bits, scratch, 0);
      replay2.add(scratch);
    }
  };
  return withReplay(replay2, live, off, bits);
}
function filteredChoice(inner, off, bits, words, accept, cache) {
  const state = new Uint32Array(words);
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const own5 = new Uint32Array(chunks);
  const replay2 = new PackedReplay(chunks, cache);
  const seek = (more) => {
    for (; more; more = inner.next()) {
      inner.write(state);
      if (!accept(state)) continue;
      for (let c = 0; c < chunks; c++)
        own5[c] = getBits(state, off + c * 32, Math.min(32, bits - c * 32));
      replay2.add(own5);
      return true;
    }
    replay2.complete = true;
    return false;
  };
  const live = {
    first: () => seek(inner.first()),
    next: () => seek(inner.next()),
    write: (target) => copyChunks(target, off, bits, own5, 0)
  };
  return withReplay(replay2, live, off, bits);
}

// action/gates/modelcheck/state-env.ts
init_define_MAESTRO_CODE_DIGESTS();
function stateEnv(model, words) {
  const vars = model.vars;
  const env = {
    v: new Array(vars.length).fill(void 0),
    s: words,
    p: [],
    l: new Array(model.slots + 4),
    load: (i) => {
      const x = vars[i].type.read(env.s, vars[i].offset);
      env.v[i] = x;
      return x;
    },
    has: (i, elem) => getBits(env.s, vars[i].offset + elem, 1) === 1
  };
  return env;
}

// action/gates/modelcheck/step-failure.ts
init_define_MAESTRO_CODE_DIGESTS();
var StepFailure = class extends Error {
  constructor(kind, message, location) {
    super(message);
    this.kind = kind;
    this.location = location;
  }
  kind;
  location;
  /** The transition being taken when it failed, when it failed inside one. */
  step;
};
function evalFailure(thrown, loc, what) {
  if (thrown instanceof DomainError)
    return new StepFailure("domain", `${what}: ${thrown.message}`, loc);
  const msg = thrown instanceof Error ? thrown.message : String(thrown);
  return new StepFailure("eval", `${what}: ${msg}`, loc);
}

// action/gates/modelcheck/type-values.ts
init_define_MAESTRO_CODE_DIGESTS();
function* typeValues(t) {
  if (t instanceof FunctionType) {
    const range2 = [...typeValues(t.range)];
    const n = t.dom.size;
    if (range2.length === 0) return;
    const at = new Array(n).fill(0);
    for (; ; ) {
      yield new FnValue(
        t.dom,
        at.map((i) => range2[i])
      );
      let k = n - 1;
      while (k >= 0 && ++at[k] >= range2.length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  if (t instanceof RecordType) {
    const lists = t.names.map((name) => [...typeValues(t.fields.get(name))]);
    if (lists.some((l) => l.length === 0)) return;
    const at = new Array(lists.length).fill(0);
    for (; ; ) {
      const out = {};
      t.names.forEach((name, i) => out[name] = lists[i][at[i]]);
      yield out;
      let k = lists.length - 1;
      while (k >= 0 && ++at[k] >= lists[k].length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  yield* t.values();
}

// action/gates/modelcheck/initial-states.ts
function* initialStates(model, inModel, reuse = false) {
  const env = {
    v: [],
    s: new Uint32Array(model.words),
    p: [],
    l: new Array(model.slots + 4),
    load: () => void 0,
    has: () => false
  };
  const vars = model.vars;
  const n = vars.length;
  const constraints = model.constraints;
  for (const block of model.init) {
    const fails = vars.map(
      (v, vi) => (thrown) => evalFailure(thrown, block[vi].loc, `initial value of \`${v.name}\``)
    );
    const choices = vars.map((v, vi) => {
      const rule2 = block[vi];
      const fail2 = fails[vi];
      let base;
      try {
        if (rule2.kind === "eq") {
          const one2 = [rule2.fn(env)];
          base = () => one2;
        } else if (rule2.kind === "in") {
          const list5 = rule2.fn(env);
          if (!Array.isArray(list5))
            throw new CelRuntimeError(`\`in\` must give a list, got a ${typeof list5}`);
          const items = list5;
          base = () => items;
        } else if (rule2.kind === "each") {
          const fnType = v.type;
          const vals = fnType.dom.values().map((k) => {
            env.p = [k];
            return rule2.fn(env);
          });
          const one2 = [new FnValue(fnType.dom, vals)];
          base = () => one2;
        } else {
          const direct = typeChoice(v.type, v.offset);
          if (direct !== void 0 && rule2.where === void 0) return direct;
          const onState = rule2.whereOnState;
          if (direct !== void 0 && onState !== void 0) {
            const fenv = stateEnv(model, new Uint32Array(model.words));
            const accept = (state) => {
              fenv.s = state;
              fenv.v[vi] = void 0;
              let ok2;
              try {
                ok2 = onState(fenv);
              } catch (thrown) {
                throw fail2(thrown);
              }
              return ok2 === true;
            };
            return filteredChoice(direct, v.offset, v.type.bits, model.words, accept, vi > 0);
          }
          base = () => typeValues(v.type);
        }
      } catch (thrown) {
        throw fail2(thrown);
      }
      const where = rule2.kind === "in" || rule2.kind === "all" ? rule2.where : void 0;
      const cache = vi > 0;
      if (where === void 0)
        return valueChoice(() => base()[Symbol.iterator](), v.type, v.offset, cache);
      return valueChoice(
        function* filtered() {
          for (const x of base()) {
            env.p = [x];
            let ok2;
            try {
              ok2 = where(env);
            } catch (thrown) {
              throw fail2(thrown);
            }
            if (ok2 === true) yield x;
          }
        },
        v.type,
        v.offset,
        cache
      );
    });
    let empty2 = false;
    for (let k = 0; k < n; k++) if (!choices[k].first()) empty2 = true;
    if (empty2) continue;
    const words = new Uint32Array(model.words);
    const writeFrom = (k) => {
      for (let vi = k; vi < n; vi++) {
        try {
          choices[vi].write(words);
        } catch (thrown) {
          throw fails[vi](thrown);
        }
      }
    };
    writeFrom(0);
    for (; ; ) {
      if (constraints.length === 0 || inModel(words)) yield reuse ? words : words.slice();
      let k = n - 1;
      for (; k >= 0; k--) {
        if (choices[k].next()) break;
        if (k > 0) choices[k].first();
      }
      if (k < 0) break;
      writeFrom(k);
    }
  }
}
function initialCountHint(model) {
  let total = 0;
  for (const block of model.init) {
    let n = 1;
    for (let vi = 0; vi < model.vars.length; vi++) {
      const rule2 = block[vi];
      if (rule2.kind === "all" && rule2.where === void 0) n *= model.vars[vi].type.size;
      else if (rule2.kind !== "eq" && rule2.kind !== "each") return 0;
    }
    total += n;
  }
  return total;
}

// action/gates/modelcheck/traces.ts
init_define_MAESTRO_CODE_DIGESTS();
function paramsOf(action, tuple) {
  const out = {};
  action.params.forEach((p, i) => {
    out[p.name] = toJson(tuple[i]);
  });
  return out;
}
function nthSuccessor(t, state, want) {
  let k = 0;
  let found;
  t.successors(state, (succ, action, tuple) => {
    if (k++ === want) {
      found = { words: succ.slice(), action, tuple };
      return true;
    }
    return false;
  });
  return found;
}
function replay(t, table, id, visit2) {
  const chain = [];
  for (let x = id; x >= 0; x = table.parent[x]) chain.unshift(x);
  let state = t.initialState(table.ord[chain[0]]);
  visit2?.(state, null, []);
  for (let i = 1; i < chain.length; i++) {
    const found = nthSuccessor(t, state, table.ord[chain[i]]);
    if (found === void 0)
      throw new MaestroError("MC_INTERNAL_ERROR", "internal: counterexample replay diverged");
    state = found.words;
    visit2?.(state, found.action, found.tuple);
  }
  return state;
}
function traceTo(t, table, id) {
  const steps = [];
  replay(
    t,
    table,
    id,
    (words, action, tuple) => steps.push({
      index: steps.length + 1,
      action: action?.name ?? null,
      params: action !== null ? paramsOf(action, tuple) : {},
      state: t.stateJson(words)
    })
  );
  return steps;
}
function wordsOf(t, table, id) {
  return replay(t, table, id);
}

// action/gates/modelcheck/search-common.ts
function searchLimits(model, options) {
  return {
    maxStates: options.maxStates ?? model.bounds.max_states ?? Number.POSITIVE_INFINITY,
    maxDepth: options.maxDepth ?? model.bounds.max_depth ?? Number.POSITIVE_INFINITY,
    timeMs: options.timeMs ?? (model.bounds.time_seconds !== void 0 ? model.bounds.time_seconds * 1e3 : Number.POSITIVE_INFINITY)
  };
}
function searchStats(table, generated2, depth, elapsedMs, extraBytes, stateWords) {
  const durationMs = Math.max(elapsedMs, 1e-3);
  const n = table.count;
  return {
    distinct: n,
    generated: generated2,
    depth,
    durationMs: Math.round(durationMs * 1e3) / 1e3,
    distinctPerSecond: Math.round(n / durationMs * 1e3),
    generatedPerSecond: Math.round(generated2 / durationMs * 1e3),
    collisionProbability: n * n / 2 ** 65,
    bytesPerState: n === 0 ? 0 : Math.round((table.bytes() + extraBytes) / n),
    stateWords
  };
}
var MAX_SEED_RESERVE = 1 << 18;
async function seedInitialStates(t, table, frontier, limits, elapsed, signal) {
  const W = t.model.words;
  const hint = Math.min(initialCountHint(t.model), limits.maxStates, MAX_SEED_RESERVE);
  if (hint > 0) {
    table.reserve(hint);
    frontier.reserve(hint);
  }
  const states = initialStates(t.model, (words) => t.inModel(words), true);
  const seeded = { generated: 0, stop: void 0 };
  for (; ; ) {
    const more = seedChunk(states, W, table, frontier, limits.maxStates, seeded);
    if (!more || seeded.stop !== void 0) return seeded;
    if (signal?.aborted) return { ...seeded, stop: "aborted" };
    if (elapsed() > limits.timeMs) return { ...seeded, stop: "time" };
    await new Promise((resolve7) => setImmediate(resolve7));
  }
}
function seedChunk(states, W, table, frontier, maxStates, seeded) {
  let generated2 = seeded.generated;
  try {
    for (; ; ) {
      const r = states.next();
      if (r.done === true) return false;
      const s = r.value;
      generated2++;
      fingerprint(s, W);
      const id = table.insert(h1, h2, -1, generated2 - 1);
      if (id >= 0) frontier.push(s, id);
      if (table.count >= maxStates) {
        seeded.stop = "states";
        return false;
      }
      if ((generated2 & 4095) === 0) return true;
    }
  } finally {
    seeded.generated = generated2;
  }
}
function stepFailureViolation(t, table, parentId, f, step2) {
  const trace = parentId >= 0 ? traceTo(t, table, parentId) : [];
  if (step2 !== void 0) trace.push({ index: trace.length + 1, ...step2, state: {} });
  return { kind: f.kind, message: f.message, location: f.location, trace };
}

// action/gates/modelcheck/liveness.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/scc.ts
init_define_MAESTRO_CODE_DIGESTS();
var GraphScratch = class {
  constructor(graph, n) {
    this.graph = graph;
    this.seen = new Int32Array(n);
    this.onStack = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    this.prevNode = new Int32Array(n);
  }
  graph;
  stamp = 0;
  seen;
  onStack;
  index;
  low;
  prevEdge;
  prevNode;
  /** The strongly connected components of the states `nodes` for which `inSet` holds. */
  components(nodes, inSet) {
    const { edges, start } = this.graph;
    const stamp = ++this.stamp;
    const { seen, onStack, index, low } = this;
    const out = [];
    const stack = [];
    const callV = [];
    const callE = [];
    let counter = 0;
    const enter = (v) => {
      seen[v] = stamp;
      onStack[v] = stamp;
      index[v] = low[v] = counter++;
      stack.push(v);
      callV.push(v);
      callE.push(start[v]);
    };
    for (const root2 of nodes) {
      if (seen[root2] === stamp || !inSet(root2)) continue;
      enter(root2);
      while (callV.length > 0) {
        const top = callV.length - 1;
        const v = callV[top];
        const end = start[v + 1];
        let e = callE[top];
        let descended = false;
        for (; e < end; e++) {
          const w = edges[e];
          if (w < 0 || w === v || !inSet(w)) continue;
          if (seen[w] !== stamp) {
            callE[top] = e + 1;
            enter(w);
            descended = true;
            break;
          }
          if (onStack[w] === stamp && index[w] < low[v]) low[v] = index[w];
        }
        if (descended) continue;
        callV.pop();
        callE.pop();
        if (low[v] === index[v]) {
          const comp = [];
          for (; ; ) {
            const x = stack.pop();
            onStack[x] = 0;
            comp.push(x);
            if (x === v) break;
          }
          out.push(comp);
        }
        if (callV.length > 0) {
          const u = callV[callV.length - 1];
          if (low[v] < low[u]) low[u] = low[v];
        }
      }
    }
    return out;
  }
  /**
   * The shortest path from `from` to a state satisfying `isTarget`, moving only through states
   * satisfying `inSet`: the edge indices taken, or `undefined` when there is none. A `from`
   * that is itself a target gives `[]` unless `nonEmpty` asks for at least one step.
   */
  path(from, inSet, isTarget, nonEmpty2 = false) {
    const { edges, start } = this.graph;
    if (!nonEmpty2 && isTarget(from)) return [];
    const stamp = ++this.stamp;
    const { seen, prevEdge, prevNode } = this;
    seen[from] = stamp;
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (let e = start[u]; e < start[u + 1]; e++) {
        const w = edges[e];
        if (w < 0 || w === u || !inSet(w)) continue;
        if (isTarget(w)) {
          const out = [e];
          for (let x = u; x !== from; x = prevNode[x]) out.unshift(prevEdge[x]);
          return out;
        }
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        prevEdge[w] = e;
        prevNode[w] = u;
        queue.push(w);
      }
    }
    return void 0;
  }
};

// action/gates/modelcheck/liveness.ts
function fairnessUnits(t, graph) {
  const units = [];
  const byLabel = graph.labelInfo.map(() => []);
  for (const f of t.model.fairness) {
    const perValue = /* @__PURE__ */ new Map();
    let whole = -1;
    graph.labelInfo.forEach((info, label) => {
      if (!f.actions.includes(info.action)) return;
      let u;
      if (f.per === void 0) {
        if (whole < 0) whole = units.push({ kind: f.kind }) - 1;
        u = whole;
      } else {
        const v = info.values.get(f.per.name);
        u = perValue.get(v) ?? units.push({ kind: f.kind }) - 1;
        perValue.set(v, u);
      }
      byLabel[label].push(u);
    });
  }
  return { units, byLabel };
}
function checkTemporal(t, n, graph, isInitial) {
  const props = t.model.properties;
  if (props.length === 0) return void 0;
  const { edges, start, labels, flags } = graph;
  const { units, byLabel } = fairnessUnits(t, graph);
  const U = units.length;
  const K = Math.max(1, Math.ceil(U / 32));
  const edgeUnits = (e) => labels.length > 0 ? byLabel[labels[e]] : [];
  const enabled = new Uint32Array(n * K);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w < 0 || w === s) continue;
      for (const u of edgeUnits(e)) enabled[s * K + (u >>> 5)] |= 1 << (u & 31);
    }
  const isEnabled = (s, u) => (enabled[s * K + (u >>> 5)] & 1 << (u & 31)) !== 0;
  const stutters = (s) => {
    for (let k = 0; k < K; k++) if (enabled[s * K + k] !== 0) return false;
    return true;
  };
  const scratch = new GraphScratch(graph, n);
  const R = t.model.responses.length;
  const rstart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w >= 0 && w !== s) rstart[w + 1]++;
    }
  for (let s = 0; s < n; s++) rstart[s + 1] += rstart[s];
  const preds = new Int32Array(rstart[n]);
  const fill = rstart.slice(0, n);
  for (let s = 0; s < n; s++)
    for (let e = start[s]; e < start[s + 1]; e++) {
      const w = edges[e];
      if (w >= 0 && w !== s) preds[fill[w]++] = s;
    }
  for (let pi = 0; pi < props.length; pi++) {
    const prop = props[pi];
    const col = R + pi;
    const bad = new Uint8Array(n);
    for (let s = 0; s < n; s++) bad[s] = (flags[s * graph.stride + col] & 2) === 0 ? 1 : 0;
    const fair = new Uint8Array(n);
    const comp = new Int32Array(n).fill(-1);
    const components = [];
    for (let s = 0; s < n; s++) if (bad[s] === 1 && stutters(s)) fair[s] = 1;
    const work = scratch.components(range(n), (v) => bad[v] === 1);
    while (work.length > 0) {
      const c = work.pop();
      if (c.length < 2) continue;
      const member = new Set(c);
      const taken = /* @__PURE__ */ new Set();
      for (const s of c)
        for (let e = start[s]; e < start[s + 1]; e++) {
          const w = edges[e];
          if (w !== s && member.has(w)) for (const u of edgeUnits(e)) taken.add(u);
        }
      let unfair = false;
      const strongUntaken = [];
      for (let u = 0; u < U && !unfair; u++) {
        if (taken.has(u)) continue;
        if (units[u].kind === "weak") unfair = c.every((s) => isEnabled(s, u));
        else if (c.some((s) => isEnabled(s, u))) strongUntaken.push(u);
      }
      if (unfair) continue;
      if (strongUntaken.length > 0) {
        const keep = c.filter((s) => strongUntaken.every((u) => !isEnabled(s, u)));
        const kept = new Set(keep);
        work.push(...scratch.components(keep, (v) => kept.has(v)));
        continue;
      }
      const id = components.push({ states: c, taken }) - 1;
      for (const s of c) {
        comp[s] = id;
        if (fair[s] === 0) fair[s] = 2;
      }
    }
    const doomed = new Uint8Array(n);
    const queue = [];
    for (let s = 0; s < n; s++)
      if (fair[s] !== 0) {
        doomed[s] = 1;
        queue.push(s);
      }
    for (let head = 0; head < queue.length; head++) {
      const w = queue[head];
      for (let i = rstart[w]; i < rstart[w + 1]; i++) {
        const s = preds[i];
        if (bad[s] === 1 && doomed[s] === 0) {
          doomed[s] = 1;
          queue.push(s);
        }
      }
    }
    let from = -1;
    for (let s = 0; s < n && from < 0; s++) {
      if (doomed[s] === 0) continue;
      if (prop.kind === "eventually" ? isInitial(s) : (flags[s * graph.stride + col] & 1) !== 0)
        from = s;
    }
    if (from < 0) continue;
    const s0 = from;
    return (table) => {
      const trace = traceTo(t, table, s0);
      let words = wordsOf(t, table, s0);
      let cur = s0;
      const step2 = (e, marker) => {
        const found = nthSuccessor(t, words, e - start[cur]);
        words = found.words;
        cur = edges[e];
        const entry2 = {
          index: trace.length + 1,
          action: found.action.name,
          params: paramsOf(found.action, found.tuple),
          state: marker !== void 0 ? trace[marker - 1].state : t.stateJson(words)
        };
        if (marker !== void 0) entry2.back_to = marker;
        trace.push(entry2);
      };
      const inBad = (v) => bad[v] === 1;
      for (const e of scratch.path(s0, inBad, (v) => fair[v] !== 0)) step2(e);
      if (fair[cur] === 1) {
        trace.push({
          index: trace.length + 1,
          action: null,
          params: {},
          state: trace[trace.length - 1].state,
          stuttering: true
        });
        return violation(prop, trace, `stutters in state ${trace.length - 1} forever`);
      }
      const c = components[comp[cur]];
      const member = new Set(c.states);
      const inC = (v) => member.has(v);
      const entry = cur;
      const entryIndex = trace.length;
      const loop = [];
      let at = cur;
      const walk = (path) => {
        for (const e of path ?? []) {
          loop.push(e);
          at = edges[e];
        }
      };
      for (let u = 0; u < U; u++) {
        if (c.taken.has(u)) {
          const src = (v) => hasEdge(v, u, inC);
          walk(scratch.path(at, inC, src));
          const e = edgeOf(at, u, inC);
          loop.push(e);
          at = edges[e];
        } else if (units[u].kind === "weak" && isEnabled(at, u)) {
          walk(scratch.path(at, inC, (v) => !isEnabled(v, u)));
        }
      }
      walk(scratch.path(at, inC, (v) => v === entry, loop.length === 0));
      for (let i = 0; i < loop.length; i++)
        step2(loop[i], i === loop.length - 1 ? entryIndex : void 0);
      return violation(prop, trace, `loops back to state ${entryIndex}`);
    };
  }
  return void 0;
  function hasEdge(v, u, inC) {
    return edgeOf(v, u, inC) >= 0;
  }
  function edgeOf(v, u, inC) {
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = edges[e];
      if (w !== v && w >= 0 && inC(w) && edgeUnits(e).includes(u)) return e;
    }
    return -1;
  }
}
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function violation(prop, trace, end) {
  const what = prop.kind === "eventually" ? `\`eventually\` never holds on a fair behaviour` : `a state where \`when\` holds is not followed by one where \`leads_to\` holds on a fair behaviour`;
  return {
    kind: "liveness",
    message: `property ${prop.name} is violated: ${what} (the behaviour then ${end})`,
    property: prop,
    location: prop.loc,
    trace
  };
}

// action/gates/modelcheck/responses.ts
init_define_MAESTRO_CODE_DIGESTS();
function checkResponses(t, n, graph) {
  const { edges, start: edgeStart, flags } = graph;
  const R = graph.stride;
  for (let r = 0; r < t.model.responses.length; r++) {
    const resp = t.model.responses[r];
    const layers = [];
    let w = new Uint8Array(n);
    for (let s = 0; s < n; s++) w[s] = (flags[s * R + r] & 2) !== 0 ? 1 : 0;
    layers.push(w);
    for (let k = 1; k <= resp.within; k++) {
      const nw = new Uint8Array(n);
      for (let s = 0; s < n; s++) {
        if (w[s] === 1) {
          nw[s] = 1;
          continue;
        }
        const a = edgeStart[s];
        const b = edgeStart[s + 1];
        let all2 = 0;
        for (let e = a; e < b; e++) {
          const to = edges[e];
          if (to < 0) continue;
          if (w[to] === 0) {
            all2 = 0;
            break;
          }
          all2 = 1;
        }
        nw[s] = all2;
      }
      w = nw;
      layers.push(w);
    }
    for (let s = 0; s < n; s++) {
      if ((flags[s * R + r] & 1) !== 0 && w[s] === 0) {
        return (table) => {
          const trace = traceTo(t, table, s);
          let cur = s;
          let words = wordsOf(t, table, s);
          for (let k = resp.within; k >= 1; k--) {
            const a = edgeStart[cur];
            const b = edgeStart[cur + 1];
            let pick = -1;
            for (let e = a; e < b; e++)
              if (edges[e] >= 0 && layers[k - 1][edges[e]] === 0) {
                pick = e - a;
                cur = edges[e];
                break;
              }
            if (pick < 0) break;
            const found = nthSuccessor(t, words, pick);
            if (found !== void 0) {
              words = found.words;
              trace.push({
                index: trace.length + 1,
                action: found.action.name,
                params: paramsOf(found.action, found.tuple),
                state: t.stateJson(words)
              });
            }
          }
          return {
            kind: "response",
            message: `response ${resp.name} is violated: a state where \`when\` holds is not followed by \`then\` within ${resp.within} step(s) on every path (the trace continues from that state along a path that avoids \`then\`${edgeStart[cur + 1] === edgeStart[cur] ? " and ends where no action is enabled" : ""})`,
            response: resp,
            location: resp.loc,
            trace
          };
        };
      }
    }
  }
  return void 0;
}

// action/gates/modelcheck/state-graph.ts
init_define_MAESTRO_CODE_DIGESTS();
function grown(a, n) {
  if (n <= a.length) return a;
  let len = Math.max(a.length, 1024);
  while (len < n) len *= 2;
  const b = new a.constructor(len);
  b.set(a);
  return b;
}
var StateGraph = class {
  constructor(model) {
    this.model = model;
    const withLabels = model.fairness.length > 0;
    this.labels = new Int32Array(withLabels ? 1024 : 0);
    this.conditions = [
      ...model.responses.map((r) => ({
        name: r.name,
        when: r.when,
        then: r.then,
        loc: r.loc,
        what: `response ${r.name}`
      })),
      ...model.properties.map((p) => ({
        name: p.name,
        when: p.when,
        then: p.then,
        loc: p.loc,
        what: `property ${p.name}`
      }))
    ];
    this.flags = new Uint8Array(1024 * Math.max(1, this.conditions.length));
    this.perParams = model.actions.map((_, ai) => [
      ...new Set(
        model.fairness.flatMap(
          (f) => f.per !== void 0 && f.actions.includes(ai) ? [f.per.name] : []
        )
      )
    ]);
  }
  model;
  /** Successor ids; `-1` for a successor outside the state constraints. */
  edges = new Int32Array(1024);
  /** Per edge, the fairness label of its transition (only with fairness rules). */
  labels;
  edgeCount = 0;
  /** Edges of state `s` are `edges[start[s] .. start[s + 1])`. */
  start = new Int32Array(1024);
  /** Per state and condition pair: bit 1 `when` holds, bit 2 `then` holds. */
  flags;
  conditions;
  /** Label ids by key (action index and the values of the parameters fairness splits on). */
  labelKeys = /* @__PURE__ */ new Map();
  /** Per label: its action and the values of its `per` parameters. */
  labelInfo = [];
  perParams;
  /** Number of condition pairs per state (responses first, then properties). */
  get stride() {
    return this.conditions.length;
  }
  /** Starts the edges of state `id`. */
  begin(id) {
    this.start = grown(this.start, id + 2);
    this.start[id] = this.edgeCount;
  }
  /** Ends the edges of state `id`. */
  end(id) {
    this.start[id + 1] = this.edgeCount;
  }
  /** Records an edge to `target` (or `-1`) taken by `action` with `tuple`. */
  add(target, action, actionIndex, tuple) {
    const e = this.edgeCount++;
    this.edges = grown(this.edges, e + 1);
    this.edges[e] = target;
    if (this.labels.length > 0) {
      this.labels = grown(this.labels, e + 1);
      this.labels[e] = this.label(action, actionIndex, tuple);
    }
  }
  label(action, actionIndex, tuple) {
    const per = this.perParams[actionIndex];
    if (per.length === 0) {
      const key2 = String(actionIndex);
      let id2 = this.labelKeys.get(key2);
      if (id2 === void 0) {
        id2 = this.labelInfo.length;
        this.labelKeys.set(key2, id2);
        this.labelInfo.push({ action: actionIndex, values: /* @__PURE__ */ new Map() });
      }
      return id2;
    }
    const values = /* @__PURE__ */ new Map();
    for (const name of per) {
      const i = action.params.findIndex((p) => p.name === name);
      values.set(name, JSON.stringify(toJson(tuple[i])));
    }
    const key = `${actionIndex}\0${[...values.values()].join("\0")}`;
    let id = this.labelKeys.get(key);
    if (id === void 0) {
      id = this.labelInfo.length;
      this.labelKeys.set(key, id);
      this.labelInfo.push({ action: actionIndex, values });
    }
    return id;
  }
  /** Evaluates every condition pair on state `id` (decoded in `env`). */
  evaluate(id, env) {
    const n = this.conditions.length;
    this.flags = grown(this.flags, (id + 1) * n);
    for (let r = 0; r < n; r++) {
      const c = this.conditions[r];
      let p = true;
      let q;
      try {
        if (c.when !== void 0) p = c.when(env);
        q = c.then(env);
      } catch (thrown) {
        return evalFailure(thrown, c.loc, c.what);
      }
      if (typeof p !== "boolean" || typeof q !== "boolean") {
        return new StepFailure(
          "eval",
          r < this.model.responses.length ? `${c.what}: when/then must be bools` : `${c.what}: its conditions must be bools`,
          c.loc
        );
      }
      this.flags[id * n + r] = (p ? 1 : 0) | (q ? 2 : 0);
    }
    return void 0;
  }
  /** Bytes held by the graph. */
  bytes() {
    return this.edges.byteLength + this.start.byteLength + this.flags.byteLength + this.labels.byteLength;
  }
};

// action/gates/modelcheck/transitions.ts
init_define_MAESTRO_CODE_DIGESTS();
var Transitions = class {
  constructor(model) {
    this.model = model;
    this.words = model.words;
    this.env = stateEnv(model, new Uint32Array(this.words));
    this.succ = new Uint32Array(this.words);
    this.cenv = stateEnv(model, this.env.s);
    this.constraintBits = constraintBits(model);
  }
  model;
  /** The environment of the current state (variables decoded on first use). */
  env;
  succ;
  words;
  // A second environment for state constraints on successors, so checking one does not
  // discard the decoded variables of the state being expanded.
  cenv;
  /** The initial states (packed), in a deterministic order, generated one at a time. */
  initialStates() {
    return initialStates(this.model, (words) => this.inModel(words));
  }
  /** Makes `words` the current state; variables are decoded on first use. */
  decode(words) {
    this.env.s = words;
    this.env.v.fill(void 0);
  }
  /** The decoded state as plain JSON, for traces. */
  stateJson(words) {
    const out = {};
    for (const v of this.model.vars) out[v.name] = toJson(v.type.read(words, v.offset));
    return out;
  }
  /**
   * Bit ranges (offset, width) of the variables the state constraints read, or undefined when
   * some constraint's reads are unknown.
   */
  constraintBits;
  /**
   * True when `words` satisfies every state constraint (TLC's CONSTRAINT). `parent`, when
   * given, is a state known to satisfy them (the state being expanded): a successor with the
   * same bits in every variable the constraints read gives the same answer without evaluating.
   */
  inModel(words, parent) {
    const ranges = this.constraintBits;
    if (parent !== void 0 && ranges !== void 0 && sameBits(words, parent, ranges))
      return true;
    this.cenv.s = words;
    this.cenv.v.fill(void 0);
    for (const c of this.model.constraints) {
      let ok2;
      try {
        ok2 = c.fn(this.cenv);
      } catch (thrown) {
        throw evalFailure(thrown, c.loc, `state constraint \`${c.source}\``);
      }
      if (ok2 !== true) {
        if (ok2 !== false)
          throw new StepFailure("eval", `state constraint \`${c.source}\` is not a bool`, c.loc);
        return false;
      }
    }
    return true;
  }
  /** The `n`-th initial state (0-based), regenerated. */
  initialState(n) {
    let i = 0;
    for (const s of this.initialStates()) if (i++ === n) return s;
    throw new MaestroError("MC_INTERNAL_ERROR", "internal: initial state replay diverged");
  }
  /**
   * Enumerates the successors of `state` in a fixed order (actions in spec order, parameter
   * tuples in declaration order). Returns the number of enabled transitions. `onSucc` may return
   * true to stop early.
   */
  successors(state, onSucc, decoded = false) {
    if (!decoded) this.decode(state);
    this.interrupted = false;
    this.enabled = 0;
    for (const action of this.model.actions) {
      const tuples = action.tuples;
      if (tuples !== void 0) {
        const guardAt = action.guardAt;
        const guards = action.tupleGuards;
        if (guardAt !== void 0) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fireAt(action, guardAt, t, tuples[t], state, onSucc)) return this.enabled;
        } else if (guards !== void 0) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, guards[t], tuples[t], state, onSucc)) return this.enabled;
        } else
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, action.guard, tuples[t], state, onSucc)) return this.enabled;
      } else if (this.lazyTuples(action, state, onSucc)) return this.enabled;
    }
    return this.enabled;
  }
  /** Number of transitions enabled so far in the current `successors` call. */
  enabled = 0;
  /** Set when `interrupt` stopped the current `successors` call. */
  interrupted = false;
  /** Asked every few thousand lazily enumerated tuples; true stops the expansion (a bound). */
  interrupt;
  /** {@link fire} with the guard of tuple `t` from the action's generated guard function. */
  fireAt(action, guardAt, t, tuple, state, onSucc) {
    const env = this.env;
    env.p = tuple;
    let g;
    try {
      g = guardAt(env, t);
    } catch (thrown) {
      throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
    }
    if (!holds(g, action)) return false;
    return this.take(action, tuple, state, onSucc);
  }
  /** Takes one transition if its guard holds; true when `onSucc` asked to stop. */
  fire(action, guard, tuple, state, onSucc) {
    const env = this.env;
    env.p = tuple;
    if (guard !== void 0) {
      let g;
      try {
        g = guard(env);
      } catch (thrown) {
        throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
      }
      if (!holds(g, action)) return false;
    }
    return this.take(action, tuple, state, onSucc);
  }
  /** Takes one enabled transition; true when `onSucc` asked to stop. */
  take(action, tuple, state, onSucc) {
    this.enabled++;
    const succ = this.succ;
    for (let w = 0; w < succ.length; w++) succ[w] = state[w];
    const updates = action.updates;
    try {
      for (let u = 0; u < updates.length; u++) this.apply(updates[u], action);
    } catch (thrown) {
      if (thrown instanceof StepFailure) thrown.step = { action, tuple };
      throw thrown;
    }
    return onSucc(succ, action, tuple) === true;
  }
  /**
   * Enumerates an action's parameter tuples one at a time (each parameter's list evaluated with
   * the earlier parameters bound), so a large product is never listed. True when stopped.
   */
  lazyTuples(action, state, onSucc) {
    const params = action.params;
    const n = params.length;
    const lists = new Array(n);
    const at = new Array(n).fill(0);
    const tuple = new Array(n);
    const list5 = (k) => {
      const p = params[k];
      if (p.constant !== void 0) return p.constant;
      this.env.p = tuple.slice(0, k);
      let value;
      try {
        value = p.fn(this.env);
      } catch (thrown) {
        throw evalFailure(thrown, p.loc, `parameter \`${p.name}\` of \`${action.name}\``);
      }
      const items = Array.isArray(value) ? value : value instanceof FnValue ? value.keys() : void 0;
      if (items === void 0) {
        throw new StepFailure(
          "eval",
          `parameter \`${p.name}\` of \`${action.name}\` did not evaluate to a list`,
          p.loc
        );
      }
      return items;
    };
    if (n === 0) return this.fire(action, action.guard, [], state, onSucc);
    const descend = (from) => {
      for (let k = from; k < n; k++) {
        const items = list5(k);
        if (items.length === 0) return k;
        lists[k] = items;
        at[k] = 0;
        tuple[k] = items[0];
      }
      return n;
    };
    let filled = descend(0);
    let count = 0;
    for (; ; ) {
      if (filled === n) {
        if (this.fire(action, action.guard, tuple.slice(), state, onSucc)) return true;
        if ((++count & 4095) === 0 && this.interrupt?.() === true) {
          this.interrupted = true;
          return true;
        }
      }
      let k = filled === n ? n - 1 : filled - 1;
      while (k >= 0 && at[k] + 1 >= lists[k].length) k--;
      if (k < 0) return false;
      at[k]++;
      tuple[k] = lists[k][at[k]];
      filled = descend(k + 1);
    }
  }
  apply(u, action) {
    const env = this.env;
    let off = this.model.vars[u.varIndex].offset;
    try {
      if (u.offset !== void 0) off = u.offset(env);
      else
        for (const step2 of u.steps) {
          if (step2.kind === "key") {
            const key = step2.fn(env);
            const rel = step2.container.entryOffset(key);
            if (rel < 0)
              throw new DomainError(
                `key ${JSON.stringify(toJson(key))} is not in the domain ${step2.container.dom.describe()}`
              );
            off += rel;
          } else {
            const c = step2.container;
            off += c.offsets[c.names.indexOf(step2.name)];
          }
        }
      const leaf = u.leaf;
      if (u.added !== void 0 && leaf instanceof SetType) {
        const added = u.added;
        for (let i = 0; i < added.length; i++) {
          const at = added[i](env);
          if (at < 0) {
            const bad = u.fn(env).find((x) => leaf.elem.indexOf(x) < 0);
            throw new DomainError(`${show2(bad)} is not a possible element of ${leaf.describe()}`);
          }
          setBits(this.succ, off + at, 1, 1);
        }
        return;
      }
      const write2 = u.write;
      if (write2 === void 0) {
        leaf.write(u.fn(env), this.succ, off);
        return;
      }
      try {
        write2(env, this.succ, off);
        return;
      } catch {
        leaf.write(u.fn(env), this.succ, off);
      }
    } catch (thrown) {
      throw evalFailure(thrown, u.loc, `action \`${action.name}\` updating \`${u.target}\``);
    }
    throw new MaestroError(
      "MC_INTERNAL_ERROR",
      `internal: the fast update of \`${u.target}\` failed where the general one did not`
    );
  }
};
function constraintBits(model) {
  const out = [];
  for (const c of model.constraints) {
    if (c.reads === void 0) return void 0;
    for (const i of c.reads) out.push(model.vars[i].offset, model.vars[i].type.bits);
  }
  return out;
}
function sameBits(a, b, ranges) {
  for (let r = 0; r < ranges.length; r += 2) {
    const off = ranges[r];
    const n = ranges[r + 1];
    for (let k = 0; k < n; k += 32) {
      const w = Math.min(32, n - k);
      if (getBits(a, off + k, w) !== getBits(b, off + k, w)) return false;
    }
  }
  return true;
}
function holds(g, action) {
  if (g === true) return true;
  if (g === false) return false;
  throw new StepFailure(
    "eval",
    `the guard of \`${action.name}\` evaluated to a non-bool value`,
    action.loc
  );
}

// action/gates/modelcheck/checker.ts
var Checker = class extends Transitions {
  /** Runs the search. */
  async run(options = {}) {
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const model = this.model;
    const W = this.words;
    const limits = searchLimits(model, options);
    const { maxStates, maxDepth, timeMs } = limits;
    const table = new StateTable();
    let generated2 = 0;
    let depth = 0;
    let peakFrontierBytes = 0;
    const graph = model.responses.length + model.properties.length > 0 ? new StateGraph(model) : void 0;
    const actionIndex = new Map(model.actions.map((a, i) => [a, i]));
    const stats = () => searchStats(
      table,
      generated2,
      depth,
      clock() - started,
      peakFrontierBytes + (graph?.bytes() ?? 0),
      W
    );
    const result = (status, extra = {}) => ({
      spec: model.name,
      file: model.file,
      status,
      ...extra,
      stats: stats()
    });
    const failure2 = (f, parentId) => result("violation", {
      violation: stepFailureViolation(
        this,
        table,
        parentId,
        f,
        f.step && { action: f.step.action.name, params: paramsOf(f.step.action, f.step.tuple) }
      )
    });
    let frontier = new Frontier(W);
    let bound;
    try {
      const seeded = await seedInitialStates(
        this,
        table,
        frontier,
        limits,
        () => clock() - started,
        options.signal
      );
      generated2 = seeded.generated;
      if (seeded.stop === "aborted") return result("aborted");
      bound = seeded.stop;
    } catch (thrown) {
      if (thrown instanceof StepFailure) return failure2(thrown, -1);
      throw thrown;
    }
    if (bound !== void 0) return result("bound", { bound });
    this.interrupt = () => {
      if (clock() - started > timeMs) {
        bound = "time";
        return true;
      }
      return options.signal?.aborted === true;
    };
    const cur = new Uint32Array(W);
    let lastYield = clock();
    let lastProgress = lastYield;
    let expanded = 0;
    let curId = -1;
    const constrained = model.constraints.length > 0;
    const batching = graph === void 0 && options.batchInserts !== false;
    let batched = 0;
    let batchWords = new Uint32Array(W * 64);
    let batchFp = new Int32Array(64 * 3);
    const flush = () => {
      const n = batched;
      if (n === 0) return;
      batched = 0;
      let seen = 0;
      for (let i = 0; i < n; i++) seen |= table.touch(batchFp[i * 3], batchFp[i * 3 + 1]);
      table.touched ^= seen;
      for (let i = 0; i < n; i++) {
        const id = table.insert(batchFp[i * 3], batchFp[i * 3 + 1], curId, batchFp[i * 3 + 2]);
        if (id >= 0) next.pushAt(batchWords, i * W, id);
      }
    };
    const onSucc = (succ, action, tuple) => {
      generated2++;
      if (constrained && !this.inModel(succ, cur)) {
        graph?.add(-1, action, actionIndex.get(action), tuple);
        ordinal++;
        return false;
      }
      fingerprint(succ, W);
      if (batching && table.count + batched + 1 < maxStates) {
        if ((batched + 1) * 3 > batchFp.length) {
          const fp = new Int32Array(batchFp.length * 2);
          fp.set(batchFp);
          batchFp = fp;
          const words = new Uint32Array(batchWords.length * 2);
          words.set(batchWords);
          batchWords = words;
        }
        batchFp[batched * 3] = h1;
        batchFp[batched * 3 + 1] = h2;
        batchFp[batched * 3 + 2] = ordinal;
        for (let w = 0, at = batched * W; w < W; w++) batchWords[at + w] = succ[w];
        batched++;
        ordinal++;
        return false;
      }
      const lo = h1;
      const hi = h2;
      flush();
      let id = table.insert(lo, hi, curId, ordinal);
      if (id >= 0) next.push(succ, id);
      else id = -id - 1;
      graph?.add(id, action, actionIndex.get(action), tuple);
      ordinal++;
      if (table.count >= maxStates) {
        bound = "states";
        return true;
      }
      return false;
    };
    let ordinal = 0;
    let next = new Frontier(W);
    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      for (let s = 0; s < frontier.length; s++) {
        const fw = frontier.words;
        for (let w = 0, base = s * W; w < W; w++) cur[w] = fw[base + w];
        curId = frontier.ids[s];
        this.decode(cur);
        for (const inv of model.invariants) {
          for (const check2 of inv.checks) {
            let ok2;
            try {
              ok2 = check2.fn(this.env);
            } catch (thrown) {
              return failure2(evalFailure(thrown, inv.loc, `invariant ${inv.name}`), curId);
            }
            if (ok2 !== true) {
              if (ok2 !== false)
                return failure2(
                  new StepFailure(
                    "eval",
                    `invariant ${inv.name} evaluated to a non-bool value`,
                    inv.loc
                  ),
                  curId
                );
              return result("violation", {
                violation: {
                  kind: "invariant",
                  message: `invariant ${inv.name} is violated: \`${check2.source}\` is false${check2.message ?? inv.message ? ` (${check2.message ?? inv.message})` : ""}`,
                  invariant: inv,
                  location: inv.loc,
                  trace: traceTo(this, table, curId)
                }
              });
            }
          }
        }
        if (graph !== void 0) {
          graph.begin(curId);
          const f = graph.evaluate(curId, this.env);
          if (f !== void 0) return failure2(f, curId);
        }
        if (depth >= maxDepth) {
          bound ??= "depth";
          graph?.end(curId);
          continue;
        }
        ordinal = 0;
        let enabled;
        try {
          enabled = this.successors(cur, onSucc, true);
        } catch (thrown) {
          flush();
          if (thrown instanceof StepFailure) return failure2(thrown, curId);
          throw thrown;
        }
        flush();
        graph?.end(curId);
        if (this.interrupted) {
          if (options.signal?.aborted) return result("aborted");
          break;
        }
        if (bound === "states") break;
        if (enabled === 0 && model.deadlock) {
          return result("violation", {
            violation: {
              kind: "deadlock",
              message: "deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)",
              location: { file: model.file, line: 1, column: 1 },
              trace: traceTo(this, table, curId)
            }
          });
        }
        expanded++;
        if (table.count >= maxStates) {
          bound = "states";
          break;
        }
        if ((expanded & 1023) === 0) {
          const now = clock();
          if (options.signal?.aborted) return result("aborted");
          if (now - started > timeMs) {
            bound = "time";
            break;
          }
          if (now - lastProgress > 1e3) {
            lastProgress = now;
            options.progress?.(
              `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued`
            );
          }
          if (now - lastYield > 25) {
            await new Promise((resolve7) => setImmediate(resolve7));
            lastYield = clock();
            if (options.signal?.aborted) return result("aborted");
          }
        }
      }
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength + frontier.ids.byteLength + next.words.byteLength + next.ids.byteLength
      );
      if (bound === "states" || bound === "time") break;
      frontier = next;
    }
    if (bound !== void 0) return result("bound", { bound });
    if (graph !== void 0) {
      const v = checkResponses(this, table.count, graph) ?? checkTemporal(this, table.count, graph, (s) => table.parent[s] === -1);
      if (v !== void 0) return result("violation", { violation: v(table) });
    }
    return result("ok");
  }
};

// action/gates/modelcheck/parallel-expand.ts
init_define_MAESTRO_CODE_DIGESTS();
function seenIn(seen, lo, hi) {
  if (lo === 0 || hi === 0) return false;
  const { table, mask } = seen;
  let i = (lo ^ hi >>> 7) & mask;
  for (let n = 0; n <= mask; n++) {
    const at = i * 3;
    if (Atomics.load(table, at + 2) === 0) return false;
    if (table[at] === lo && table[at + 1] === hi) return true;
    i = i + 1 & mask;
  }
  return false;
}
var SliceSeen = class {
  lo = new Int32Array(1 << 12);
  hi = new Int32Array(1 << 12);
  stamp = new Int32Array(1 << 12);
  mask = (1 << 12) - 1;
  cur = 1;
  n = 0;
  /** Starts a new slice. */
  reset() {
    this.n = 0;
    if (++this.cur === 2147483647) {
      this.stamp.fill(0);
      this.cur = 1;
    }
  }
  /** Adds fingerprint `lo, hi`; false when the slice already holds it. */
  add(lo, hi) {
    const mask = this.mask;
    const cur = this.cur;
    let i = (lo ^ hi >>> 7) & mask;
    for (; ; ) {
      if (this.stamp[i] !== cur) break;
      if (this.lo[i] === lo && this.hi[i] === hi) return false;
      i = i + 1 & mask;
    }
    this.stamp[i] = cur;
    this.lo[i] = lo;
    this.hi[i] = hi;
    if (++this.n * 2 > mask + 1) this.grow();
    return true;
  }
  grow() {
    const { lo, hi, stamp, cur } = this;
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.mask = mask;
    for (let j = 0; j < stamp.length; j++) {
      if (stamp[j] !== cur) continue;
      let i = (lo[j] ^ hi[j] >>> 7) & mask;
      while (this.stamp[i] === cur) i = i + 1 & mask;
      this.stamp[i] = cur;
      this.lo[i] = lo[j];
      this.hi[i] = hi[j];
    }
  }
};
function serialFailure(f, actionIndex) {
  return {
    kind: f.kind,
    message: f.message,
    location: f.location,
    ...f.step !== void 0 ? {
      step: {
        action: actionIndex.get(f.step.action) ?? -1,
        params: paramsOf(f.step.action, f.step.tuple)
      }
    } : {}
  };
}
var ChunkExpander = class extends Transitions {
  data = new Int32Array(1 << 12);
  length = 0;
  ordinal = 0;
  generated = 0;
  kept = 0;
  /** The state being expanded: a successor that keeps its constrained bits needs no check. */
  expanding = new Uint32Array(0);
  actionIndex = new Map(this.model.actions.map((a, i) => [a, i]));
  inSlice = new SliceSeen();
  onSucc = (succ) => {
    this.generated++;
    const ord = this.ordinal++;
    if (this.model.constraints.length > 0 && !this.inModel(succ, this.expanding)) return false;
    const W = this.words;
    fingerprint(succ, W);
    if (!this.inSlice.add(h1, h2)) return false;
    if (this.seen !== void 0 && seenIn(this.seen, h1, h2)) return false;
    this.reserve(3 + W);
    const d = this.data;
    let p = this.length;
    d[p++] = ord;
    d[p++] = h1;
    d[p++] = h2;
    for (let w = 0; w < W; w++) d[p++] = succ[w] | 0;
    this.length = p;
    this.kept++;
    return false;
  };
  /**
   * The main thread's fingerprint slots (shared, possibly an older copy): a successor found
   * there is counted but not recorded, as the main thread would drop it anyway.
   */
  seen;
  /** Called between states (the workers' heartbeat). */
  between;
  reserve(n) {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const d = new Int32Array(size);
    d.set(this.data.subarray(0, this.length));
    this.data = d;
  }
  /**
   * Expands `count` packed states from `words` (`expand` false at the depth bound: invariants
   * only). The returned buffer is handed over: the next call starts a new one.
   */
  expandSlice(words, count, expand) {
    const W = this.words;
    const model = this.model;
    this.length = 0;
    this.inSlice.reset();
    const cur = new Uint32Array(W);
    let stop;
    let s = 0;
    for (; s < count; s++) {
      for (let w = 0, base = s * W; w < W; w++) cur[w] = words[base + w];
      this.reserve(2);
      const header = this.length;
      this.length += 2;
      this.kept = 0;
      this.generated = 0;
      stop = this.expandOne(cur, s, expand, model);
      this.data[header] = this.kept;
      this.data[header + 1] = this.generated;
      if (stop !== void 0) break;
      this.between?.();
    }
    const out = {
      data: this.data,
      length: this.length,
      states: stop !== void 0 ? s + 1 : count,
      ...stop !== void 0 ? { stop } : {}
    };
    this.data = this.spare ?? new Int32Array(Math.max(1 << 12, this.data.length));
    this.spare = void 0;
    this.length = 0;
    return out;
  }
  /** A buffer handed back by the main thread, used for the next slice (no allocation). */
  spare;
  /** Takes back a result buffer the main thread has consumed. */
  recycle(buffer) {
    if (buffer.length >= 1 << 12) this.spare = buffer;
  }
  expandOne(cur, index, expand, model) {
    this.decode(cur);
    for (let i = 0; i < model.invariants.length; i++) {
      const inv = model.invariants[i];
      for (let c = 0; c < inv.checks.length; c++) {
        let ok2;
        try {
          ok2 = inv.checks[c].fn(this.env);
        } catch (thrown) {
          const f = evalFailure(thrown, inv.loc, `invariant ${inv.name}`);
          return { index, kind: "failure", failure: serialFailure(f, this.actionIndex) };
        }
        if (ok2 === true) continue;
        if (ok2 !== false) {
          const f = new StepFailure(
            "eval",
            `invariant ${inv.name} evaluated to a non-bool value`,
            inv.loc
          );
          return { index, kind: "failure", failure: serialFailure(f, this.actionIndex) };
        }
        return { index, kind: "invariant", invariant: i, check: c };
      }
    }
    if (!expand) return void 0;
    this.ordinal = 0;
    this.expanding = cur;
    let enabled;
    try {
      enabled = this.successors(cur, this.onSucc, true);
    } catch (thrown) {
      if (thrown instanceof StepFailure)
        return { index, kind: "failure", failure: serialFailure(thrown, this.actionIndex) };
      throw thrown;
    }
    if (this.interrupted) return { index, kind: "interrupted" };
    if (enabled === 0 && model.deadlock) return { index, kind: "deadlock" };
    return void 0;
  }
};

// action/gates/modelcheck/parallel-pool.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync5 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname4, join as join7 } from "node:path";
import { fileURLToPath as fileURLToPath3, pathToFileURL as pathToFileURL2 } from "node:url";
import { Worker as Worker2 } from "node:worker_threads";
var DEFAULT_WORKER_MEMORY_MB = 512;
var QUEUED_JOBS = 2;
var DEFAULT_STALL_MS = 2e4;
function searchWorkerEntry(from = import.meta.url) {
  const here = dirname4(fileURLToPath3(from));
  for (const c of [join7(here, "mc-search-worker.js"), join7(here, "..", "mc-search-worker.js")])
    if (existsSync5(c)) return { url: pathToFileURL2(c) };
  const source = join7(here, "search-worker.ts");
  if (!existsSync5(source)) return void 0;
  try {
    const tsx = dirname4(createRequire2(from).resolve("tsx/package.json"));
    return {
      url: pathToFileURL2(source),
      tsx: pathToFileURL2(join7(tsx, "dist/esm/api/index.mjs")).href
    };
  } catch {
    return void 0;
  }
}
var failure = (message, cause) => new MaestroError("MC_WORKER_FAILED", message, cause !== void 0 ? { cause } : {});
var SearchPool = class _SearchPool {
  constructor(model, source, options) {
    this.model = model;
    this.options = options;
    this.stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    this.timer = setInterval(() => {
      if (this.error === void 0) this.push({ kind: "tick" });
    }, options.tickMs ?? 50);
    const entry = options.entry ?? searchWorkerEntry();
    if (entry === void 0) {
      this.error = failure(
        "modelcheck: the search worker script (mc-search-worker.js) was not found beside the bundle; run with workers: 1 or rebuild"
      );
      return;
    }
    const { script, eval: isEval } = workerScript(entry);
    const data = {
      ...options.workerData ?? {},
      source
    };
    for (let i = 0; i < options.workers; i++) {
      let w;
      try {
        w = new Worker2(script, {
          eval: isEval,
          workerData: data,
          resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB },
          stdout: false,
          stderr: false
        });
      } catch (thrown) {
        this.fail(
          failure(`modelcheck: cannot start search worker ${i}: ${describeThrown(thrown)}`, thrown)
        );
        return;
      }
      this.workers.push(w);
      this.pending.push(0);
      this.starting.push(true);
      this.lastHeard.push(performance.now());
      w.on("message", (m) => this.onMessage(i, m));
      w.on("error", (e) => {
        const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY";
        this.fail(
          failure(
            oom ? `modelcheck: search worker ${i} ran out of memory (${this.options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB} MiB heap)` : `modelcheck: search worker ${i} threw: ${describeThrown(e)}`,
            e
          )
        );
      });
      w.on(
        "messageerror",
        (e) => this.fail(failure(`modelcheck: a message of search worker ${i} could not be read`, e))
      );
      w.on("exit", (code3) => {
        if (!this.closed)
          this.fail(
            failure(`modelcheck: search worker ${i} exited (code ${code3}) during the search`)
          );
      });
    }
  }
  model;
  options;
  workers = [];
  lastHeard = [];
  /** Per worker: the jobs sent and not yet answered. */
  pending = [];
  starting = [];
  events = [];
  error;
  wake;
  closed = false;
  ready = 0;
  timer;
  stallMs;
  /** Starts `options.workers` workers over `source`; each becomes idle once it has rebuilt `model`. */
  static launch(model, source, options) {
    return new _SearchPool(model, source, options);
  }
  /** The workers that have rebuilt the model and take jobs. */
  get readyWorkers() {
    return this.ready;
  }
  /** True while some worker is still starting (loading its code, rebuilding the model). */
  get anyStarting() {
    return this.ready < this.workers.length || this.workers.length < this.options.workers;
  }
  /** The next event if one is queued (no waiting); throws the first worker failure. */
  poll() {
    if (this.error !== void 0) throw this.error;
    return this.events.shift();
  }
  /** Starts `options.workers` workers over `source` and waits until each has rebuilt `model`. */
  static async start(model, source, options) {
    const pool = new _SearchPool(model, source, options);
    try {
      while (pool.ready < options.workers) {
        const e = await pool.next();
        if (e.kind === "result")
          throw failure("modelcheck: a search worker answered before it was ready");
      }
    } catch (thrown) {
      await pool.close();
      throw thrown;
    }
    return pool;
  }
  /** The number of workers. */
  get size() {
    return this.workers.length;
  }
  push(e) {
    if (e.kind === "tick") {
      if (this.events.at(-1)?.kind === "tick") return;
      const now = performance.now();
      for (let i = 0; i < this.workers.length; i++) {
        const limit = this.starting[i] ? Math.max(this.stallMs, 6e4) : this.stallMs;
        if ((this.starting[i] || this.pending[i] > 0) && now - this.lastHeard[i] > limit) {
          this.fail(
            new MaestroError(
              "MC_WORKER_STALLED",
              `modelcheck: search worker ${i} sent nothing for ${Math.round((now - this.lastHeard[i]) / 1e3)} s while ${this.starting[i] ? "starting" : "busy"}; taken as hung`
            )
          );
          return;
        }
      }
    }
    this.events.push(e);
    this.wakeUp();
  }
  wakeUp() {
    const w = this.wake;
    this.wake = void 0;
    w?.();
  }
  fail(e) {
    if (this.closed) return;
    this.error ??= e;
    this.wakeUp();
  }
  onMessage(i, raw) {
    this.lastHeard[i] = performance.now();
    const m = raw;
    switch (typeof m === "object" && m !== null ? m.type : void 0) {
      case "alive":
        return;
      case "ready": {
        const r = m;
        if (r.words !== this.model.words || r.actions !== this.model.actions.length || r.invariants !== this.model.invariants.length) {
          this.fail(failure(`modelcheck: search worker ${i} rebuilt a different model`));
          return;
        }
        this.starting[i] = false;
        this.ready++;
        this.push({ kind: "tick" });
        return;
      }
      case "result": {
        const r = m;
        if (!(r.data instanceof Int32Array) || this.pending[i] === 0) {
          this.fail(failure(`modelcheck: search worker ${i} sent a result it was not asked for`));
          return;
        }
        this.pending[i]--;
        this.push({ kind: "result", worker: i, message: r });
        return;
      }
      case "error": {
        const r = m;
        this.fail(
          failure(
            `modelcheck: search worker ${i} failed${r.code !== void 0 ? ` (${r.code})` : ""}: ${String(r.message)}`
          )
        );
        return;
      }
      case void 0:
      default:
        this.fail(failure(`modelcheck: search worker ${i} sent a message outside the protocol`));
    }
  }
  /** Sends a job to a worker that can take one (its words are transferred). */
  send(worker, job) {
    if (this.pending[worker] === 0) this.lastHeard[worker] = performance.now();
    this.pending[worker]++;
    try {
      const transfer = [job.words.buffer];
      if (job.recycle !== void 0) transfer.push(job.recycle.buffer);
      this.workers[worker].postMessage(job, transfer);
    } catch (thrown) {
      this.fail(failure(`modelcheck: cannot send work to search worker ${worker}`, thrown));
    }
  }
  /**
   * The ready worker with the fewest jobs, when it has fewer than {@link QUEUED_JOBS} (a job
   * waits in its queue while it expands the one before), or -1.
   */
  idle() {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) {
      if (this.starting[i] || this.pending[i] >= QUEUED_JOBS) continue;
      if (best < 0 || this.pending[i] < this.pending[best]) best = i;
    }
    return best;
  }
  /** The next event; throws the first worker failure. */
  async next() {
    for (; ; ) {
      if (this.error !== void 0) throw this.error;
      const e = this.events.shift();
      if (e !== void 0) return e;
      await new Promise((resolve7) => this.wake = resolve7);
    }
  }
  /** Terminates every worker and stops the timer; safe to call more than once. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.wakeUp();
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }
};

// action/gates/modelcheck/parallel-protocol.ts
init_define_MAESTRO_CODE_DIGESTS();
var CLAIM_SLOTS = 1 << 16;
var CLAIM_QUEUED = 0;
var CLAIM_MAIN = 2;

// action/gates/modelcheck/parallel.ts
function needsStateGraph(model) {
  return model.responses.length + model.properties.length > 0;
}
async function checkParallel(model, options) {
  if (options.workers <= 1 || needsStateGraph(model)) {
    const r = await new Checker(model).run(options);
    return { ...r, stats: { ...r.stats, workers: 1 } };
  }
  return runParallel(model, options);
}
function sliceSize(n, workers) {
  return Math.min(2048, Math.max(64, Math.ceil(n / (workers * 8))));
}
var LAUNCH_AFTER_MS = 250;
var malformed2 = (what) => new MaestroError(
  "MC_WORKER_FAILED",
  `modelcheck: a search worker sent a malformed result (${what})`
);
async function runParallel(model, options) {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const W = model.words;
  const limits = searchLimits(model, options);
  const { maxStates, maxDepth, timeMs } = limits;
  const minParallel = Math.max(1, options.minParallelLevel ?? 256);
  const t = new ChunkExpander(model);
  const table = new StateTable(
    1 << 12,
    (ints) => new Int32Array(new SharedArrayBuffer(ints * Int32Array.BYTES_PER_ELEMENT))
  );
  const seen = () => ({ table: table.table, mask: table.mask });
  let generated2 = 0;
  let depth = 0;
  let peakFrontierBytes = 0;
  const usedWorkers = /* @__PURE__ */ new Set();
  const stats = () => ({
    ...searchStats(table, generated2, depth, clock() - started, peakFrontierBytes, W),
    workers: usedWorkers.size > 0 ? options.workers : 1
  });
  const result = (status, extra = {}) => ({
    spec: model.name,
    file: model.file,
    status,
    ...extra,
    stats: stats()
  });
  const failure2 = (f, parentId) => {
    let step2;
    if (f.step !== void 0) {
      const action = model.actions[f.step.action];
      if (action === void 0) throw malformed2("unknown action");
      step2 = { action: action.name, params: f.step.params };
    }
    return result("violation", {
      violation: stepFailureViolation(t, table, parentId, f, step2)
    });
  };
  let frontier = new Frontier(W);
  let bound;
  try {
    const seeded = await seedInitialStates(
      t,
      table,
      frontier,
      limits,
      () => clock() - started,
      options.signal
    );
    generated2 = seeded.generated;
    if (seeded.stop === "aborted") return result("aborted");
    bound = seeded.stop;
  } catch (thrown) {
    if (thrown instanceof StepFailure)
      return failure2({ kind: thrown.kind, message: thrown.message, location: thrown.location }, -1);
    throw thrown;
  }
  if (bound !== void 0) return result("bound", { bound });
  t.interrupt = () => {
    if (clock() - started > timeMs) {
      bound = "time";
      return true;
    }
    return options.signal?.aborted === true;
  };
  let next = new Frontier(W);
  const tmp = new Uint32Array(W);
  let expanded = 0;
  let lastProgress = clock();
  const apply = (r, start, count) => {
    const d = r.data;
    const len = r.length;
    if (!(len >= 0 && len <= d.length)) throw malformed2("length");
    if (r.stop === void 0 ? r.states !== count : r.states !== r.stop.index + 1 || r.states > count)
      throw malformed2("state count");
    let p = 0;
    for (let i = 0; i < r.states; i++) {
      const curId = frontier.ids[start + i];
      const kept = d[p];
      const gen = d[p + 1];
      p += 2;
      if (!(kept >= 0 && gen >= kept && p + kept * (3 + W) <= len)) throw malformed2("record");
      const base = generated2;
      for (let k = 0; k < kept; k++) {
        const ord = d[p];
        if (!(ord >= 0 && ord < gen)) throw malformed2("ordinal");
        const id = table.insert(d[p + 1], d[p + 2], curId, ord);
        if (id >= 0) {
          for (let w = 0; w < W; w++) tmp[w] = d[p + 3 + w];
          next.push(tmp, id);
        }
        p += 3 + W;
        generated2 = base + ord + 1;
        if (table.count >= maxStates) {
          bound = "states";
          return result("bound", { bound });
        }
      }
      generated2 = base + gen;
      const stop = r.stop;
      if (stop !== void 0 && stop.index === i) return stopped2(stop, curId);
      expanded++;
      if ((expanded & 1023) === 0) {
        const now = clock();
        if (options.signal?.aborted) return result("aborted");
        if (now - started > timeMs) {
          bound = "time";
          return result("bound", { bound });
        }
        if (now - lastProgress > 1e3) {
          lastProgress = now;
          options.progress?.(
            `${model.name}: ${table.count} distinct states, depth ${depth}, ${next.length} queued (${options.workers} workers)`
          );
        }
      }
    }
    if (p !== len) throw malformed2("trailing data");
    return void 0;
  };
  const stopped2 = (stop, curId) => {
    switch (stop.kind) {
      case "invariant": {
        const inv = model.invariants[stop.invariant];
        const check2 = inv?.checks[stop.check];
        if (inv === void 0 || check2 === void 0) throw malformed2("invariant");
        return result("violation", {
          violation: {
            kind: "invariant",
            message: `invariant ${inv.name} is violated: \`${check2.source}\` is false${check2.message ?? inv.message ? ` (${check2.message ?? inv.message})` : ""}`,
            invariant: inv,
            location: inv.loc,
            trace: traceTo(t, table, curId)
          }
        });
      }
      case "deadlock":
        return result("violation", {
          violation: {
            kind: "deadlock",
            message: "deadlock: no action is enabled in the last state (set `deadlock: false` in the spec if termination is intended)",
            location: { file: model.file, line: 1, column: 1 },
            trace: traceTo(t, table, curId)
          }
        });
      case "failure":
        return failure2(stop.failure, curId);
      case "interrupted":
        if (options.signal?.aborted) return result("aborted");
        return result("bound", { bound: "time" });
      default:
        throw malformed2("stop");
    }
  };
  let pool;
  const threads = options.inlineWhileStarting === false ? options.workers : options.workers - 1;
  const sentSlots = [];
  const spentWords = [];
  const spentData = [];
  let nextChunk = 0;
  const assigned = /* @__PURE__ */ new Map();
  const stolen = /* @__PURE__ */ new Set();
  const claims = new Int32Array(new SharedArrayBuffer(CLAIM_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const claimsSent = [];
  let prevLevel = 0;
  try {
    while (frontier.length > 0) {
      depth++;
      next = new Frontier(W, Math.max(1024, frontier.length));
      const expand = depth < maxDepth;
      if (!expand) bound ??= "depth";
      const n = frontier.length;
      let out;
      if (n < minParallel) {
        t.seen = seen();
        out = apply(t.expandSlice(frontier.words.subarray(0, n * W), n, expand), 0, n);
        await new Promise((resolve7) => setImmediate(resolve7));
        if (out === void 0 && options.signal?.aborted) return result("aborted");
      } else {
        out = await parallelLevel(n, expand, prevLevel);
      }
      if (out !== void 0) return out;
      prevLevel = n;
      peakFrontierBytes = Math.max(
        peakFrontierBytes,
        frontier.words.byteLength + frontier.ids.byteLength + next.words.byteLength + next.ids.byteLength
      );
      frontier = next;
    }
  } finally {
    await pool?.close();
  }
  if (bound !== void 0) return result("bound", { bound });
  return result("ok");
  async function parallelLevel(n, expand, prevLevel2) {
    const inline = options.inlineWhileStarting !== false;
    const expanded2 = Math.max(1, table.count - n);
    const worth = n > prevLevel2 || n * (clock() - started) / expanded2 >= LAUNCH_AFTER_MS;
    const launch = () => pool ??= !inline || worth && clock() - started >= LAUNCH_AFTER_MS ? SearchPool.launch(model, options.source, { ...options, workers: threads }) : void 0;
    const size = sliceSize(n, options.workers);
    const own5 = Math.max(16, size >> 3);
    const window = 4 * options.workers * size;
    const starts = [];
    const ends = [];
    const done = /* @__PURE__ */ new Map();
    const sliceOf = /* @__PURE__ */ new Map();
    const jobOf = [];
    const workerOf = /* @__PURE__ */ new Map();
    let sent = 0;
    let applied = 0;
    const room = () => {
      if (sent === 0) return true;
      const last = ends[sent - 1];
      return last < n && last - (applied < sent ? starts[applied] : last) < window;
    };
    const take = (len) => {
      const s = sent > 0 ? ends[sent - 1] : 0;
      const share = Math.max(16, Math.ceil((n - s) / (4 * options.workers)));
      starts.push(s);
      ends.push(Math.min(n, s + Math.min(len, share)));
      jobOf.push(-1);
      return sent++;
    };
    const dispatch = (p) => {
      for (let w = p.idle(); w >= 0 && room(); w = p.idle()) {
        const k = take(size);
        const s = starts[k];
        const e = ends[k];
        const chunk = nextChunk++;
        jobOf[k] = chunk;
        sliceOf.set(chunk, k);
        workerOf.set(chunk, w);
        Atomics.store(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED);
        const queue = assigned.get(w);
        if (queue === void 0) assigned.set(w, [chunk]);
        else queue.push(chunk);
        const first = claimsSent[w] !== true;
        claimsSent[w] = true;
        let words = spentWords.pop();
        if (words === void 0 || words.length < (e - s) * W) words = new Uint32Array(size * W);
        words.set(frontier.words.subarray(s * W, e * W));
        const recycle = spentData.pop();
        const slots = table.table !== sentSlots[w] ? seen() : void 0;
        if (slots !== void 0) sentSlots[w] = slots.table;
        p.send(w, {
          type: "expand",
          chunk,
          words,
          count: e - s,
          expand,
          ...recycle !== void 0 ? { recycle } : {},
          ...slots !== void 0 ? { seen: slots } : {},
          ...first ? { claims } : {}
        });
      }
    };
    const handle2 = (ev) => {
      if (ev.kind === "tick") {
        if (options.signal?.aborted) return result("aborted");
        if (clock() - started > timeMs) {
          bound = "time";
          return result("bound", { bound });
        }
        return void 0;
      }
      const m = ev.message;
      const queue = assigned.get(ev.worker);
      if (queue === void 0 || queue[0] !== m.chunk) throw malformed2("slice");
      queue.shift();
      if (m.spent instanceof Uint32Array) spentWords.push(m.spent);
      if (stolen.delete(m.chunk) !== (m.skipped === true)) throw malformed2("skipped slice");
      if (m.skipped === true) return void 0;
      const k = sliceOf.get(m.chunk);
      if (k === void 0) throw malformed2("slice");
      usedWorkers.add(ev.worker);
      done.set(k, m);
      return void 0;
    };
    const steal = () => {
      for (let k = applied; k < sent; k++) {
        const chunk = jobOf[k];
        if (chunk < 0 || done.has(k) || stolen.has(chunk)) continue;
        const queue = assigned.get(workerOf.get(chunk));
        if (queue.find((c) => !stolen.has(c)) === chunk) continue;
        if (Atomics.compareExchange(claims, chunk % CLAIM_SLOTS, CLAIM_QUEUED, CLAIM_MAIN) !== CLAIM_QUEUED)
          continue;
        stolen.add(chunk);
        sliceOf.delete(chunk);
        const s = starts[k];
        const e = ends[k];
        t.seen = seen();
        done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        return true;
      }
      return false;
    };
    while (applied < sent || room()) {
      const p = launch();
      if (p !== void 0) dispatch(p);
      for (let r = done.get(applied); r !== void 0; r = done.get(applied)) {
        done.delete(applied);
        const out2 = apply(r, starts[applied], ends[applied] - starts[applied]);
        if (out2 !== void 0) return out2;
        if ("chunk" in r) spentData.push(r.data);
        applied++;
      }
      if (applied >= sent && !room()) break;
      if (p !== void 0) dispatch(p);
      const mine = inline && (p === void 0 || p.idle() < 0) && room();
      if (mine || inline && p !== void 0 && steal()) {
        if (mine) {
          const k = take(p === void 0 || p.readyWorkers === 0 ? size : own5);
          const s = starts[k];
          const e = ends[k];
          t.seen = seen();
          done.set(k, t.expandSlice(frontier.words.subarray(s * W, e * W), e - s, expand));
        }
        await new Promise((resolve7) => setImmediate(resolve7));
        if (p === void 0) {
          if (options.signal?.aborted) return result("aborted");
          continue;
        }
        for (let ev = p.poll(); ev !== void 0; ev = p.poll()) {
          const out2 = handle2(ev);
          if (out2 !== void 0) return out2;
        }
        continue;
      }
      if (p === void 0)
        throw new MaestroError("MC_INTERNAL_ERROR", "internal: a parallel level has no workers");
      const out = handle2(await p.next());
      if (out !== void 0) return out;
    }
    return void 0;
  }
}

// action/gates/modelcheck/config.ts
init_define_MAESTRO_CODE_DIGESTS();
var DEFAULT_MAX_STATES = 2e6;
var DEFAULT_TIME_SECONDS = 30;

// action/gates/modelcheck/outcome.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/version.ts
init_define_MAESTRO_CODE_DIGESTS();
var MODELCHECK_VERSION = "1.2.0";

// action/gates/modelcheck/outcome.ts
var SEVERITY_ORDER = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };
function isSpecOutcome(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  return typeof o["spec"] === "string" && typeof o["file"] === "string" && (o["decision"] === "RUN" || o["decision"] === "PAUSE_FOR_HITL" || o["decision"] === "STOPPED") && typeof o["reason_code"] === "string" && o["reason_code"].startsWith("MC_") === (o["reason_code"] !== "OK") && typeof o["sealed"] === "boolean" && typeof o["summary"] === "string" && Array.isArray(o["findings"]);
}
function failed(file, code3, message, location) {
  return {
    spec: file,
    file,
    decision: "STOPPED",
    reason_code: code3,
    sealed: false,
    status: "error",
    summary: message,
    findings: [{ level: "error", message, rule: code3, ...location ?? { file } }],
    reused: false
  };
}
function statsLine(s) {
  return `${s.distinct} distinct states, ${s.generated} generated, depth ${s.depth}, ${s.distinctPerSecond} distinct states/s, fingerprint collision probability \u2248 ${s.collisionProbability.toExponential(1)} (optimistic)`;
}
function toSpecOutcome(r, critical, cfg) {
  const base = {
    spec: r.spec,
    file: r.file,
    status: r.status,
    stats: r.stats,
    reused: false
  };
  if (r.status === "ok") {
    return {
      ...base,
      decision: "RUN",
      reason_code: "OK",
      sealed: false,
      summary: `${r.spec}: exhaustive, no violation (${statsLine(r.stats)})`,
      findings: []
    };
  }
  if (r.status === "bound" || r.status === "aborted") {
    const decision = critical ? cfg.critical_bound_action ?? "PAUSE_FOR_HITL" : cfg.bound_action ?? "PAUSE_FOR_HITL";
    const message2 = `${r.spec}: the search hit its ${r.bound ?? "time"} bound before exhausting the state space, so the spec is NOT fully verified (${statsLine(r.stats)}). Raise the bound or shrink the model.`;
    return {
      ...base,
      ...r.bound !== void 0 ? { bound: r.bound } : {},
      decision,
      reason_code: "MC_BOUND_REACHED",
      sealed: false,
      summary: message2,
      findings: [
        {
          level: decision === "RUN" ? "warning" : "error",
          message: message2,
          rule: "MC_BOUND_REACHED",
          file: r.file
        }
      ]
    };
  }
  const v = r.violation;
  const severity2 = v.invariant?.severity ?? v.response?.severity ?? "high";
  const code3 = v.kind === "invariant" ? "MC_INVARIANT_VIOLATED" : v.kind === "deadlock" ? "MC_DEADLOCK" : v.kind === "response" ? "MC_RESPONSE_VIOLATED" : v.kind === "liveness" || v.kind === "action-property" ? "MC_PROPERTY_VIOLATED" : v.kind === "domain" ? "MC_DOMAIN_VIOLATION" : "MC_EVAL_ERROR";
  const sealed = (v.kind === "invariant" || v.kind === "response") && severity2 === "critical";
  const steps = v.trace.map(
    (t) => t.stuttering === true ? `${t.index}. stuttering: state ${t.index - 1} repeats forever` : t.back_to !== void 0 ? `${t.index}. ${t.action ?? "step"}: back to state ${t.back_to} (a loop)` : `${t.index}. ${t.action === null ? "initial state" : `${t.action}${Object.keys(t.params).length > 0 ? `(${Object.entries(t.params).map(([k, x]) => `${k}=${JSON.stringify(x)}`).join(", ")})` : ""}`}: ${JSON.stringify(t.state)}`
  );
  const lasso = v.trace.some((t) => t.stuttering === true || t.back_to !== void 0);
  const message = `${r.spec}: ${v.message}; ${lasso ? "counterexample (a lasso: a prefix and a loop)" : "shortest counterexample"} (${v.trace.length} states):
${steps.join("\n")}`;
  return {
    ...base,
    decision: "STOPPED",
    reason_code: code3,
    sealed,
    summary: `${r.spec}: ${v.message} (counterexample of ${v.trace.length} states)`,
    findings: [
      {
        level: "error",
        message,
        rule: v.invariant?.name ?? v.response?.name ?? v.property?.name ?? code3,
        file: v.location.file,
        ...v.location.line !== void 0 ? { line: v.location.line } : {},
        ...v.location.column !== void 0 ? { column: v.location.column } : {},
        counterexample: {
          kind: lasso ? "state-lasso" : "state-trace",
          steps: v.trace,
          location: v.location
        }
      }
    ]
  };
}
function combine(results, digests, notes) {
  let worst2 = results[0];
  for (const r of results)
    if (SEVERITY_ORDER[r.decision] > SEVERITY_ORDER[worst2.decision] || r.decision === worst2.decision && r.sealed && !worst2.sealed)
      worst2 = r;
  const sealed = results.some((r) => r.decision === "STOPPED" && r.sealed);
  const findings = results.flatMap((r) => r.findings);
  for (const r of results)
    if (r.reused)
      findings.push({
        level: "note",
        message: `result reused from the cache (unchanged spec, invariants and checker version)`,
        file: r.file
      });
  for (const n of notes) findings.push({ level: "note", message: n });
  const lines = results.map(
    (r) => `${r.decision} ${r.file}: ${r.summary}${r.reused ? " [reused from cache]" : ""}`
  );
  const cards = results.filter((r) => r.decision !== "RUN" || r.reason_code !== "OK").map((r) => ({
    title: `Model check: ${r.spec}`,
    decision: r.decision,
    reasons: [r.summary],
    evidence: digests[r.file] !== void 0 ? { [r.file]: digests[r.file] } : {},
    to_change: r.reason_code === "MC_BOUND_REACHED" ? "Raise the spec bounds (bounds.max_states / time_seconds) or shrink the model so the search is exhaustive." : "Fix the model or the code it describes so that the counterexample is no longer possible, then push a new commit."
  }));
  const reusedAll = results.every((r) => r.reused);
  const code3 = worst2.decision === "RUN" && results.some((r) => r.reason_code === "MC_BOUND_REACHED") ? "MC_BOUND_REACHED" : worst2.reason_code;
  return outcome(worst2.decision, code3, findings, {
    sealed,
    summary: `${results.length} spec(s): ${lines.join(" | ")}`,
    cards,
    ...reusedAll ? { reused: true } : {},
    report: {
      checker_version: MODELCHECK_VERSION,
      specs: results.map((r) => ({
        spec: r.spec,
        file: r.file,
        decision: r.decision,
        reason_code: r.reason_code,
        status: r.status,
        ...r.bound !== void 0 ? { bound: r.bound } : {},
        reused: r.reused,
        ...r.stats !== void 0 ? { stats: r.stats } : {}
      }))
    }
  });
}

// action/gates/modelcheck/spec.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/schemas/precompiled/spec.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns0 = __toESM(require_ucs2length(), 1);
function __cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep0 = __cjs(__ns0);
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/spec.schema.json", "title": "Maestro Gate model-check spec (specs/*.yaml)", "description": "A finite-state model checked exhaustively by breadth-first search: typed variables with finite domains, initial states, actions with CEL guards and updates, invariants, bounded response properties and bounds. See docs/model-checking.md.", "type": "object", "required": ["spec", "variables", "init", "actions"], "properties": { "spec": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "description": "Name of the spec, used in reports and cache keys." }, "title": { "type": "string" }, "description": { "type": "string" }, "critical": { "type": "boolean", "description": "A critical spec whose search hits a bound before exhausting the state space pauses for a human (gates.modelcheck.critical_bound_action) instead of passing with a warning." }, "constants": { "type": "object", "description": "Named constant values (ints, strings, bools, lists and maps of them). Referenced by name in types and expressions.", "additionalProperties": { "$ref": "#/$defs/constant" } }, "definitions": { "type": "object", "description": "Named definitions, TLA+'s `Op(a, b) == e`: keys `Name` or `Name(a, b)`, values CEL expressions, expanded where they are used (a definition may use earlier ones). `Name: lo..hi` over constants is the list of those ints. `mod(a, b)` (floored, as TLA+'s %) is built in; CEL's `%` truncates and is refused.", "propertyNames": { "pattern": "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "variables": { "type": "object", "minProperties": 1, "description": "The state variables and their finite types.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } }, "init": { "description": "The initial states: one assignment block, or a list of alternative blocks. Every variable must be assigned in every block.", "oneOf": [{ "$ref": "#/$defs/initBlock" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/initBlock" } }] }, "constraint": { "description": "State constraints (TLC's CONSTRAINT): a state where one is false is neither stored nor explored, but a state whose only successors fall outside them is not deadlocked. One CEL expression or a list (all must hold).", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/cel" } }] }, "actions": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/action" } }, "invariants": { "type": "array", "items": { "oneOf": [{ "$ref": "#/$defs/sharedInvariant" }, { "$ref": "#/$defs/inlineInvariant" }] } }, "deadlock": { "type": "boolean", "description": "Report a reachable state in which no action is enabled (default true, as in TLC)." }, "responses": { "type": "array", "description": "Bounded response properties: on every path, a state satisfying `when` is followed by a state satisfying `then` within `within` steps.", "items": { "$ref": "#/$defs/response" } }, "fairness": { "type": "array", "description": "Fairness of named actions (TLA+'s WF_vars / SF_vars), assumed when the temporal `properties` are checked. `weak`: an action continuously enabled is eventually taken; `strong`: an action enabled infinitely often is taken infinitely often. A list of names is one condition on their disjunction; `per` makes one condition per value of that parameter (each named action must have it).", "items": { "$ref": "#/$defs/fairness" } }, "properties": { "type": "array", "description": "Temporal properties checked over the whole state graph under `fairness`: `eventually: q` (<>q from every initial state) or `when: p` with `leads_to: q` (p ~> q). A violation is a lasso: a prefix and a loop, or stuttering.", "items": { "$ref": "#/$defs/temporal" } }, "bounds": { "type": "object", "properties": { "max_depth": { "type": "integer", "minimum": 1 }, "max_states": { "type": "integer", "minimum": 1 }, "time_seconds": { "type": "number", "exclusiveMinimum": 0 }, "workers": { "type": "integer", "minimum": 1, "maximum": 16, "description": "Threads expanding the breadth-first search, the main thread included (as TLC's -workers; default 1, or gates.modelcheck.workers). Counts and counterexamples are the same with any number; specs with responses or temporal properties run with one." } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "cel": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A CEL expression." }, "constant": { "oneOf": [{ "type": "integer" }, { "type": "string" }, { "type": "boolean" }, { "type": "array", "items": { "$ref": "#/$defs/constant" } }, { "type": "object", "additionalProperties": { "$ref": "#/$defs/constant" } }] }, "bound": { "description": "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] }, "type": { "description": "A finite type.", "oneOf": [{ "const": "bool" }, { "type": "object", "required": ["int"], "properties": { "int": { "type": "array", "prefixItems": [{ "$ref": "#/$defs/bound" }, { "$ref": "#/$defs/bound" }], "minItems": 2, "maxItems": 2 } }, "additionalProperties": false }, { "type": "object", "required": ["enum"], "properties": { "enum": { "description": "A list of strings, or the name of a constant that is one.", "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "$ref": "#/$defs/name" }] } }, "additionalProperties": false }, { "type": "object", "required": ["record"], "properties": { "record": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }, { "type": "object", "required": ["set"], "properties": { "set": { "$ref": "#/$defs/type" } }, "additionalProperties": false }, { "type": "object", "required": ["function"], "properties": { "function": { "type": "object", "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/type" }, "to": { "$ref": "#/$defs/type" } }, "additionalProperties": false } }, "additionalProperties": false }, { "type": "object", "required": ["seq", "max_length"], "properties": { "seq": { "$ref": "#/$defs/type" }, "max_length": { "$ref": "#/$defs/bound" } }, "additionalProperties": false }, { "type": "object", "required": ["union"], "properties": { "union": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }] }, "initBlock": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "description": "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "object", "required": ["in"], "properties": { "in": { "$ref": "#/$defs/cel" }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["any"], "properties": { "any": { "const": true }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["where"], "properties": { "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "$ref": "#/$defs/each" }] } }, "action": { "type": "object", "required": ["name"], "properties": { "name": { "$ref": "#/$defs/name" }, "description": { "type": "string" }, "params": { "type": "object", "description": "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "guard": { "$ref": "#/$defs/cel" }, "updates": { "type": "object", "description": "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } } }, "additionalProperties": false }, "sharedInvariant": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 }, "bind": { "type": "object", "description": "Names the invariant's expressions use, bound to CEL over the spec's state.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } } }, "additionalProperties": false }, "inlineInvariant": { "type": "object", "required": ["name", "expr"], "properties": { "name": { "type": "string", "minLength": 1 }, "expr": { "$ref": "#/$defs/cel" }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "message": { "type": "string" } }, "additionalProperties": false }, "response": { "type": "object", "required": ["name", "when", "then", "within"], "properties": { "name": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/$defs/cel" }, "then": { "$ref": "#/$defs/cel" }, "within": { "type": "integer", "minimum": 0, "maximum": 1e4 }, "severity": { "enum": ["critical", "high", "medium", "low"] } }, "additionalProperties": false }, "each": { "description": "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.", "type": "object", "required": ["each"], "properties": { "each": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } }, "additionalProperties": false }, "fairness": { "type": "object", "minProperties": 1, "properties": { "weak": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "strong": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "per": { "$ref": "#/$defs/name" } }, "additionalProperties": false }, "temporal": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "eventually": { "$ref": "#/$defs/cel" }, "when": { "$ref": "#/$defs/cel" }, "leads_to": { "$ref": "#/$defs/cel" }, "params": { "type": "object", "description": "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...", "additionalProperties": { "type": "string", "minLength": 1 } } }, "additionalProperties": false } } };
var schema33 = { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A CEL expression." };
var schema34 = { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" };
var func1 = Object.prototype.hasOwnProperty;
var func2 = __dep0.default;
var pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
var pattern5 = new RegExp("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$", "u");
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema32 = { "oneOf": [{ "type": "integer" }, { "type": "string" }, { "type": "boolean" }, { "type": "array", "items": { "$ref": "#/$defs/constant" } }, { "type": "object", "additionalProperties": { "$ref": "#/$defs/constant" } }] };
var wrapper0 = { validate: validate21 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.oneOf[0].type, parentSchema: schema32.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (typeof data !== "string") {
    const err1 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[1].type, parentSchema: schema32.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs5 = errors;
    if (typeof data !== "boolean") {
      const err2 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.oneOf[2].type, parentSchema: schema32.oneOf[2], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs7 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!wrapper0.validate(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.oneOf[3].type, parentSchema: schema32.oneOf[3], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          var items1 = true;
        }
        const _errs10 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!wrapper0.validate(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.oneOf[4].type, parentSchema: schema32.oneOf[4], data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs10 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            var props2 = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.oneOf, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props2;
  evaluated0.items = items1;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": true };
var schema35 = { "description": "A finite type.", "oneOf": [{ "const": "bool" }, { "type": "object", "required": ["int"], "properties": { "int": { "type": "array", "prefixItems": [{ "$ref": "#/$defs/bound" }, { "$ref": "#/$defs/bound" }], "minItems": 2, "maxItems": 2 } }, "additionalProperties": false }, { "type": "object", "required": ["enum"], "properties": { "enum": { "description": "A list of strings, or the name of a constant that is one.", "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "$ref": "#/$defs/name" }] } }, "additionalProperties": false }, { "type": "object", "required": ["record"], "properties": { "record": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }, { "type": "object", "required": ["set"], "properties": { "set": { "$ref": "#/$defs/type" } }, "additionalProperties": false }, { "type": "object", "required": ["function"], "properties": { "function": { "type": "object", "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/type" }, "to": { "$ref": "#/$defs/type" } }, "additionalProperties": false } }, "additionalProperties": false }, { "type": "object", "required": ["seq", "max_length"], "properties": { "seq": { "$ref": "#/$defs/type" }, "max_length": { "$ref": "#/$defs/bound" } }, "additionalProperties": false }, { "type": "object", "required": ["union"], "properties": { "union": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }] };
var schema36 = { "description": "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] };
var wrapper2 = { validate: validate23 };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if ("bool" !== data) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/const", keyword: "const", params: { allowedValue: "bool" }, message: "must be equal to constant", schema: "bool", parentSchema: schema35.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.int === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "int" }, message: "must have required property 'int'", schema: schema35.oneOf[1].required, parentSchema: schema35.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "int")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.int !== void 0) {
      let data0 = data.int;
      if (Array.isArray(data0)) {
        if (data0.length > 2) {
          const err3 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 2) {
          const err4 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        if (len0 > 0) {
          let data1 = data0[0];
          const _errs9 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs10 = errors;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err5 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid1 = _errs10 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs12 = errors;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err6 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs12 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (len0 > 1) {
          let data2 = data0[1];
          const _errs16 = errors;
          let valid6 = false;
          let passing2 = null;
          const _errs17 = errors;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err9 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid2 = _errs17 === errors;
          if (_valid2) {
            valid6 = true;
            passing2 = 0;
          }
          const _errs19 = errors;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err10 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid2 = _errs19 === errors;
          if (_valid2 && valid6) {
            valid6 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid6 = true;
              passing2 = 1;
            }
          }
          if (!valid6) {
            const err12 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[1].properties.int.type, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[1].type, parentSchema: schema35.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = true;
    }
    const _errs21 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.enum === void 0) {
        const err15 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "enum" }, message: "must have required property 'enum'", schema: schema35.oneOf[2].required, parentSchema: schema35.oneOf[2], data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "enum")) {
          const err16 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[2], data };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.enum !== void 0) {
        let data3 = data.enum;
        const _errs25 = errors;
        let valid8 = false;
        let passing3 = null;
        const _errs26 = errors;
        if (Array.isArray(data3)) {
          if (data3.length < 1) {
            const err17 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const len1 = data3.length;
          for (let i0 = 0; i0 < len1; i0++) {
            let data4 = data3[i0];
            if (typeof data4 !== "string") {
              const err18 = { instancePath: instancePath + "/enum/" + i0, schemaPath: "#/oneOf/2/properties/enum/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.oneOf[2].properties.enum.oneOf[0].items.type, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          let i1 = data3.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data3[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err19 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err20 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[2].properties.enum.oneOf[0].type, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        var _valid3 = _errs26 === errors;
        if (_valid3) {
          valid8 = true;
          passing3 = 0;
        }
        const _errs30 = errors;
        if (typeof data3 === "string") {
          if (!pattern6.test(data3)) {
            const err21 = { instancePath: instancePath + "/enum", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/enum", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid3 = _errs30 === errors;
        if (_valid3 && valid8) {
          valid8 = false;
          passing3 = [passing3, 1];
        } else {
          if (_valid3) {
            valid8 = true;
            passing3 = 1;
          }
        }
        if (!valid8) {
          const err23 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema35.oneOf[2].properties.enum.oneOf, parentSchema: schema35.oneOf[2].properties.enum, data: data3 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        } else {
          errors = _errs25;
          if (vErrors !== null) {
            if (_errs25) {
              vErrors.length = _errs25;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err24 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[2].type, parentSchema: schema35.oneOf[2], data };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    var _valid0 = _errs21 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = true;
        }
      }
      const _errs33 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.record === void 0) {
          const err25 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "record" }, message: "must have required property 'record'", schema: schema35.oneOf[3].required, parentSchema: schema35.oneOf[3], data };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data) {
          if (!(key2 === "record")) {
            const err26 = { instancePath, schemaPath: "#/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[3], data };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.record !== void 0) {
          let data5 = data.record;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (Object.keys(data5).length < 1) {
              const err27 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key3 in data5) {
              const _errs38 = errors;
              if (typeof key3 === "string") {
                if (!pattern6.test(key3)) {
                  const err28 = { instancePath: instancePath + "/record", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/record", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key3, propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid14 = _errs38 === errors;
              if (!valid14) {
                const err30 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema35.oneOf[3].properties.record.propertyNames, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            for (const key4 in data5) {
              if (!wrapper2.validate(data5[key4], { instancePath: instancePath + "/record/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[3].properties.record.type, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[3].type, parentSchema: schema35.oneOf[3], data };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = true;
          }
        }
        const _errs43 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.set === void 0) {
            const err33 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: "set" }, message: "must have required property 'set'", schema: schema35.oneOf[4].required, parentSchema: schema35.oneOf[4], data };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          for (const key5 in data) {
            if (!(key5 === "set")) {
              const err34 = { instancePath, schemaPath: "#/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[4], data };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data.set !== void 0) {
            if (!wrapper2.validate(data.set, { instancePath: instancePath + "/set", parentData: data, parentDataProperty: "set", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err35 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[4].type, parentSchema: schema35.oneOf[4], data };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        var _valid0 = _errs43 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs47 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.function === void 0) {
              const err36 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'", schema: schema35.oneOf[5].required, parentSchema: schema35.oneOf[5], data };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key6 in data) {
              if (!(key6 === "function")) {
                const err37 = { instancePath, schemaPath: "#/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[5], data };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data.function !== void 0) {
              let data8 = data.function;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.from === void 0) {
                  const err38 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.oneOf[5].properties.function.required, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data8.to === void 0) {
                  const err39 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.oneOf[5].properties.function.required, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key7 in data8) {
                  if (!(key7 === "from" || key7 === "to")) {
                    const err40 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data8.from !== void 0) {
                  if (!wrapper2.validate(data8.from, { instancePath: instancePath + "/function/from", parentData: data8, parentDataProperty: "from", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                    errors = vErrors.length;
                  }
                }
                if (data8.to !== void 0) {
                  if (!wrapper2.validate(data8.to, { instancePath: instancePath + "/function/to", parentData: data8, parentDataProperty: "to", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[5].properties.function.type, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[5].type, parentSchema: schema35.oneOf[5], data };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid0 = _errs47 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs55 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              if (data.seq === void 0) {
                const err43 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "seq" }, message: "must have required property 'seq'", schema: schema35.oneOf[6].required, parentSchema: schema35.oneOf[6], data };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (data.max_length === void 0) {
                const err44 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "max_length" }, message: "must have required property 'max_length'", schema: schema35.oneOf[6].required, parentSchema: schema35.oneOf[6], data };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              for (const key8 in data) {
                if (!(key8 === "seq" || key8 === "max_length")) {
                  const err45 = { instancePath, schemaPath: "#/oneOf/6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[6], data };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data.seq !== void 0) {
                if (!wrapper2.validate(data.seq, { instancePath: instancePath + "/seq", parentData: data, parentDataProperty: "seq", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                  errors = vErrors.length;
                }
              }
              if (data.max_length !== void 0) {
                let data12 = data.max_length;
                const _errs61 = errors;
                let valid22 = false;
                let passing4 = null;
                const _errs62 = errors;
                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                  const err46 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                var _valid4 = _errs62 === errors;
                if (_valid4) {
                  valid22 = true;
                  passing4 = 0;
                }
                const _errs64 = errors;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err47 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data12 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                } else {
                  const err48 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                var _valid4 = _errs64 === errors;
                if (_valid4 && valid22) {
                  valid22 = false;
                  passing4 = [passing4, 1];
                } else {
                  if (_valid4) {
                    valid22 = true;
                    passing4 = 1;
                  }
                }
                if (!valid22) {
                  const err49 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                } else {
                  errors = _errs61;
                  if (vErrors !== null) {
                    if (_errs61) {
                      vErrors.length = _errs61;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err50 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[6].type, parentSchema: schema35.oneOf[6], data };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            var _valid0 = _errs55 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs66 = errors;
              if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.union === void 0) {
                  const err51 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: "union" }, message: "must have required property 'union'", schema: schema35.oneOf[7].required, parentSchema: schema35.oneOf[7], data };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                for (const key9 in data) {
                  if (!(key9 === "union")) {
                    const err52 = { instancePath, schemaPath: "#/oneOf/7/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[7], data };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data.union !== void 0) {
                  let data13 = data.union;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err53 = { instancePath: instancePath + "/union", schemaPath: "#/oneOf/7/properties/union/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.oneOf[7].properties.union, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (!wrapper2.validate(data13[i2], { instancePath: instancePath + "/union/" + i2, parentData: data13, parentDataProperty: i2, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/union", schemaPath: "#/oneOf/7/properties/union/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[7].properties.union.type, parentSchema: schema35.oneOf[7].properties.union, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[7].type, parentSchema: schema35.oneOf[7], data };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs66 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    const err56 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema35.oneOf, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate23.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema41 = { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "description": "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "object", "required": ["in"], "properties": { "in": { "$ref": "#/$defs/cel" }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["any"], "properties": { "any": { "const": true }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["where"], "properties": { "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "$ref": "#/$defs/each" }] } };
var schema48 = { "description": "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.", "type": "object", "required": ["each"], "properties": { "each": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } }, "additionalProperties": false };
var wrapper8 = { validate: validate26 };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.each === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "each" }, message: "must have required property 'each'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "each")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.each !== void 0) {
      let data0 = data.each;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) > 4096) {
          const err2 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (!wrapper8.validate(data0, { instancePath: instancePath + "/each", parentData: data, parentDataProperty: "each", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper8.validate.errors : vErrors.concat(wrapper8.validate.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/each", schemaPath: "#/properties/each/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema48.properties.each.oneOf, parentSchema: schema48.properties.each, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern6.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema41.propertyNames, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs6 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) > 4096) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.in === void 0) {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "in" }, message: "must have required property 'in'", schema: schema41.additionalProperties.oneOf[1].required, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === "in" || key2 === "where")) {
            const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.in !== void 0) {
          let data1 = data0.in;
          if (typeof data1 === "string") {
            if (func2(data1) > 4096) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.where !== void 0) {
          let data2 = data0.where;
          if (typeof data2 === "string") {
            if (func2(data2) > 4096) {
              const err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[1].type, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
          var props0 = true;
        }
        const _errs19 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.any === void 0) {
            const err16 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "any" }, message: "must have required property 'any'", schema: schema41.additionalProperties.oneOf[2].required, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          for (const key3 in data0) {
            if (!(key3 === "any" || key3 === "where")) {
              const err17 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data0.any !== void 0) {
            let data3 = data0.any;
            if (true !== data3) {
              const err18 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/any", schemaPath: "#/additionalProperties/oneOf/2/properties/any/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.additionalProperties.oneOf[2].properties.any, data: data3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data0.where !== void 0) {
            let data4 = data0.where;
            if (typeof data4 === "string") {
              if (func2(data4) > 4096) {
                const err19 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (func2(data4) < 1) {
                const err20 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[2].type, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        if (_valid0 && valid3) {
          valid3 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid3 = true;
            passing0 = 2;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs26 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.where === void 0) {
              const err23 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "where" }, message: "must have required property 'where'", schema: schema41.additionalProperties.oneOf[3].required, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key4 in data0) {
              if (!(key4 === "where")) {
                const err24 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data0.where !== void 0) {
              let data5 = data0.where;
              if (typeof data5 === "string") {
                if (func2(data5) > 4096) {
                  const err25 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (func2(data5) < 1) {
                  const err26 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[3].type, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 3];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 3;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs32 = errors;
            if (!validate26(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs32 === errors;
            if (_valid0 && valid3) {
              valid3 = false;
              passing0 = [passing0, 4];
            } else {
              if (_valid0) {
                valid3 = true;
                passing0 = 4;
                if (props0 !== true) {
                  props0 = true;
                }
              }
            }
          }
        }
      }
      if (!valid3) {
        const err29 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.additionalProperties.oneOf, parentSchema: schema41.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "required": ["name"], "properties": { "name": { "$ref": "#/$defs/name" }, "description": { "type": "string" }, "params": { "type": "object", "description": "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "guard": { "$ref": "#/$defs/cel" }, "updates": { "type": "object", "description": "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } } }, "additionalProperties": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "params" || key0 === "guard" || key0 === "updates")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.description.type, parentSchema: schema52.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data2 = data.params;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err5 = { instancePath: instancePath + "/params", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/params", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema52.properties.params.propertyNames, parentSchema: schema52.properties.params, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 === "string") {
            if (func2(data3) > 4096) {
              const err8 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.params.type, parentSchema: schema52.properties.params, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.guard !== void 0) {
      let data4 = data.guard;
      if (typeof data4 === "string") {
        if (func2(data4) > 4096) {
          const err12 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err13 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.updates !== void 0) {
      let data5 = data.updates;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key3 in data5) {
          let data6 = data5[key3];
          const _errs23 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs24 = errors;
          if (typeof data6 === "string") {
            if (func2(data6) > 4096) {
              const err15 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
          }
          const _errs27 = errors;
          if (!validate26(data6, { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs27 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
            }
          }
          if (!valid8) {
            const err18 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/updates/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema52.properties.updates.additionalProperties.oneOf, parentSchema: schema52.properties.updates.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/updates", schemaPath: "#/properties/updates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.updates.type, parentSchema: schema52.properties.updates, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema58 = { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 }, "bind": { "type": "object", "description": "Names the invariant's expressions use, bound to CEL over the spec's state.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } } }, "additionalProperties": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "bind")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.id.type, parentSchema: schema58.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.bind !== void 0) {
      let data1 = data.bind;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err4 = { instancePath: instancePath + "/bind", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/bind", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/bind", schemaPath: "#/properties/bind/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema58.properties.bind.propertyNames, parentSchema: schema58.properties.bind, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (typeof data2 === "string") {
            if (func2(data2) > 4096) {
              const err7 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err8 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/bind", schemaPath: "#/properties/bind/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.bind.type, parentSchema: schema58.properties.bind, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "type": "object", "required": ["name", "expr"], "properties": { "name": { "type": "string", "minLength": 1 }, "expr": { "$ref": "#/$defs/cel" }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "message": { "type": "string" } }, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expr === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "expr" || key0 === "severity" || key0 === "message")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.name.type, parentSchema: schema61.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expr !== void 0) {
      let data1 = data.expr;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err5 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low")) {
        const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema61.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.severity.enum, parentSchema: schema61.properties.severity, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data3 = data.message;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.message.type, parentSchema: schema61.properties.message, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "object", "required": ["name", "when", "then", "within"], "properties": { "name": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/$defs/cel" }, "then": { "$ref": "#/$defs/cel" }, "within": { "type": "integer", "minimum": 0, "maximum": 1e4 }, "severity": { "enum": ["critical", "high", "medium", "low"] } }, "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.when === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.then === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "then" }, message: "must have required property 'then'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.within === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "when" || key0 === "then" || key0 === "within" || key0 === "severity")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.name.type, parentSchema: schema63.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data1 = data.when;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err7 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.then !== void 0) {
      let data2 = data.then;
      if (typeof data2 === "string") {
        if (func2(data2) > 4096) {
          const err10 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data3 = data.within;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema63.properties.within.type, parentSchema: schema63.properties.within, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e4 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema63.properties.within, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err15 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema63.properties.within, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low")) {
        const err16 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema63.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.severity.enum, parentSchema: schema63.properties.severity, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema66 = { "type": "object", "minProperties": 1, "properties": { "weak": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "strong": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "per": { "$ref": "#/$defs/name" } }, "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "weak" || key0 === "strong" || key0 === "per")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weak !== void 0) {
      let data0 = data.weak;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/weak", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/weak", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.weak.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err5 = { instancePath: instancePath + "/weak/" + i0, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/weak/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.weak.oneOf[1].type, parentSchema: schema66.properties.weak.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.weak.oneOf, parentSchema: schema66.properties.weak, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.strong !== void 0) {
      let data2 = data.strong;
      const _errs13 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs14 = errors;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err9 = { instancePath: instancePath + "/strong", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/strong", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs17 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err11 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.strong.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err12 = { instancePath: instancePath + "/strong/" + i1, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/strong/" + i1, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.strong.oneOf[1].type, parentSchema: schema66.properties.strong.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.strong.oneOf, parentSchema: schema66.properties.strong, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.per !== void 0) {
      let data4 = data.per;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err16 = { instancePath: instancePath + "/per", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/per", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema72 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "eventually": { "$ref": "#/$defs/cel" }, "when": { "$ref": "#/$defs/cel" }, "leads_to": { "$ref": "#/$defs/cel" }, "params": { "type": "object", "description": "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...", "additionalProperties": { "type": "string", "minLength": 1 } } }, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema72.required, parentSchema: schema72, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "eventually" || key0 === "when" || key0 === "leads_to" || key0 === "params")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.name.type, parentSchema: schema72.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.eventually !== void 0) {
      let data1 = data.eventually;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err4 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data2 = data.when;
      if (typeof data2 === "string") {
        if (func2(data2) > 4096) {
          const err7 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.leads_to !== void 0) {
      let data3 = data.leads_to;
      if (typeof data3 === "string") {
        if (func2(data3) > 4096) {
          const err10 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data4 = data.params;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err13 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.params.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.params.additionalProperties.type, parentSchema: schema72.properties.params.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.properties.params.type, parentSchema: schema72.properties.params, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.variables === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variables" }, message: "must have required property 'variables'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.init === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "init" }, message: "must have required property 'init'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actions === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema31.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.type, parentSchema: schema31.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.critical !== void 0) {
      let data3 = data.critical;
      if (typeof data3 !== "boolean") {
        const err9 = { instancePath: instancePath + "/critical", schemaPath: "#/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.critical.type, parentSchema: schema31.properties.critical, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.constants !== void 0) {
      let data4 = data.constants;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!validate21(data4[key1], { instancePath: instancePath + "/constants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/constants", schemaPath: "#/properties/constants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.constants.type, parentSchema: schema31.properties.constants, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.definitions !== void 0) {
      let data6 = data.definitions;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          const _errs16 = errors;
          if (typeof key2 === "string") {
            if (!pattern5.test(key2)) {
              const err11 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$" }, message: 'must match pattern "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$"', schema: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$", parentSchema: schema31.properties.definitions.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid2 = _errs16 === errors;
          if (!valid2) {
            const err12 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema31.properties.definitions.propertyNames, parentSchema: schema31.properties.definitions, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key3 in data6) {
          let data7 = data6[key3];
          if (typeof data7 === "string") {
            if (func2(data7) > 4096) {
              const err13 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data7) < 1) {
              const err14 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.definitions.type, parentSchema: schema31.properties.definitions, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data8 = data.variables;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err17 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.variables, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key4 in data8) {
          const _errs23 = errors;
          if (typeof key4 === "string") {
            if (!pattern6.test(key4)) {
              const err18 = { instancePath: instancePath + "/variables", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/variables", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var valid5 = _errs23 === errors;
          if (!valid5) {
            const err20 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.variables.propertyNames, parentSchema: schema31.properties.variables, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key5 in data8) {
          if (!validate23(data8[key5], { instancePath: instancePath + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.variables.type, parentSchema: schema31.properties.variables, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.init !== void 0) {
      let data10 = data.init;
      const _errs29 = errors;
      let valid8 = false;
      let passing0 = null;
      const _errs30 = errors;
      if (!validate25(data10, { instancePath: instancePath + "/init", parentData: data, parentDataProperty: "init", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0) {
        valid8 = true;
        passing0 = 0;
      }
      const _errs31 = errors;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err22 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.init.oneOf[1], data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate25(data10[i0], { instancePath: instancePath + "/init/" + i0, parentData: data10, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.init.oneOf[1].type, parentSchema: schema31.properties.init.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      if (_valid0 && valid8) {
        valid8 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid8 = true;
          passing0 = 1;
        }
      }
      if (!valid8) {
        const err24 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.init.oneOf, parentSchema: schema31.properties.init, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.constraint !== void 0) {
      let data12 = data.constraint;
      const _errs35 = errors;
      let valid11 = false;
      let passing1 = null;
      const _errs36 = errors;
      if (typeof data12 === "string") {
        if (func2(data12) > 4096) {
          const err25 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func2(data12) < 1) {
          const err26 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data12 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid1 = _errs36 === errors;
      if (_valid1) {
        valid11 = true;
        passing1 = 0;
      }
      const _errs39 = errors;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.constraint.oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (typeof data13 === "string") {
            if (func2(data13) > 4096) {
              const err29 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func2(data13) < 1) {
              const err30 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data13 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.constraint.oneOf[1].type, parentSchema: schema31.properties.constraint.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid1 = _errs39 === errors;
      if (_valid1 && valid11) {
        valid11 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid11 = true;
          passing1 = 1;
        }
      }
      if (!valid11) {
        const err33 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.constraint.oneOf, parentSchema: schema31.properties.constraint, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.actions !== void 0) {
      let data14 = data.actions;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err34 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.actions, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate30(data14[i2], { instancePath: instancePath + "/actions/" + i2, parentData: data14, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.actions.type, parentSchema: schema31.properties.actions, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.invariants !== void 0) {
      let data16 = data.invariants;
      if (Array.isArray(data16)) {
        const len3 = data16.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3];
          const _errs50 = errors;
          let valid20 = false;
          let passing2 = null;
          const _errs51 = errors;
          if (!validate33(data17, { instancePath: instancePath + "/invariants/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs51 === errors;
          if (_valid2) {
            valid20 = true;
            passing2 = 0;
            var props3 = true;
          }
          const _errs52 = errors;
          if (!validate35(data17, { instancePath: instancePath + "/invariants/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs52 === errors;
          if (_valid2 && valid20) {
            valid20 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid20 = true;
              passing2 = 1;
              if (props3 !== true) {
                props3 = true;
              }
            }
          }
          if (!valid20) {
            const err36 = { instancePath: instancePath + "/invariants/" + i3, schemaPath: "#/properties/invariants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.invariants.items.oneOf, parentSchema: schema31.properties.invariants.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs50;
            if (vErrors !== null) {
              if (_errs50) {
                vErrors.length = _errs50;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/invariants", schemaPath: "#/properties/invariants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.invariants.type, parentSchema: schema31.properties.invariants, data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.deadlock !== void 0) {
      let data18 = data.deadlock;
      if (typeof data18 !== "boolean") {
        const err38 = { instancePath: instancePath + "/deadlock", schemaPath: "#/properties/deadlock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deadlock.type, parentSchema: schema31.properties.deadlock, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.responses !== void 0) {
      let data19 = data.responses;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate37(data19[i4], { instancePath: instancePath + "/responses/" + i4, parentData: data19, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.responses.type, parentSchema: schema31.properties.responses, data: data19 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.fairness !== void 0) {
      let data21 = data.fairness;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate39(data21[i5], { instancePath: instancePath + "/fairness/" + i5, parentData: data21, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.fairness.type, parentSchema: schema31.properties.fairness, data: data21 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data23 = data.properties;
      if (Array.isArray(data23)) {
        const len6 = data23.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate41(data23[i6], { instancePath: instancePath + "/properties/" + i6, parentData: data23, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.properties.type, parentSchema: schema31.properties.properties, data: data23 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.bounds !== void 0) {
      let data25 = data.bounds;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key6 in data25) {
          if (!(key6 === "max_depth" || key6 === "max_states" || key6 === "time_seconds" || key6 === "workers")) {
            const err42 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bounds, data: data25 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data25.max_depth !== void 0) {
          let data26 = data25.max_depth;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err43 = { instancePath: instancePath + "/bounds/max_depth", schemaPath: "#/properties/bounds/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.max_depth.type, parentSchema: schema31.properties.bounds.properties.max_depth, data: data26 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err44 = { instancePath: instancePath + "/bounds/max_depth", schemaPath: "#/properties/bounds/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.max_depth, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data25.max_states !== void 0) {
          let data27 = data25.max_states;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err45 = { instancePath: instancePath + "/bounds/max_states", schemaPath: "#/properties/bounds/properties/max_states/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.max_states.type, parentSchema: schema31.properties.bounds.properties.max_states, data: data27 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err46 = { instancePath: instancePath + "/bounds/max_states", schemaPath: "#/properties/bounds/properties/max_states/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.max_states, data: data27 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
        if (data25.time_seconds !== void 0) {
          let data28 = data25.time_seconds;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 <= 0 || isNaN(data28)) {
              const err47 = { instancePath: instancePath + "/bounds/time_seconds", schemaPath: "#/properties/bounds/properties/time_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.bounds.properties.time_seconds, data: data28 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/bounds/time_seconds", schemaPath: "#/properties/bounds/properties/time_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.bounds.properties.time_seconds.type, parentSchema: schema31.properties.bounds.properties.time_seconds, data: data28 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.workers !== void 0) {
          let data29 = data25.workers;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err49 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.workers.type, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 16 || isNaN(data29)) {
              const err50 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16", schema: 16, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data29 < 1 || isNaN(data29)) {
              const err51 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bounds.type, parentSchema: schema31.properties.bounds, data: data25 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/gates/modelcheck/spec-actions.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/spec-macros.ts
init_define_MAESTRO_CODE_DIGESTS();
var MacroError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
var MAX_EXPANSION_DEPTH = 16;
var MAX_EXPANDED_LENGTH = 1 << 16;
var BUILTIN_DEFINITIONS = [];
function parseDefinitionKey(key) {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*([^)]*)\))?\s*$/.exec(key);
  if (!m) return void 0;
  const params = m[2] === void 0 || m[2].trim() === "" ? [] : m[2].split(",").map((p) => p.trim());
  if (!params.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return void 0;
  if (new Set(params).size !== params.length) return void 0;
  return { name: m[1], params };
}
function skipString(s, i) {
  const raw = i > 0 && (s[i - 1] === "r" || s[i - 1] === "R");
  const q = s[i];
  const triple = s.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  let j = i + close.length;
  while (j < s.length) {
    if (!raw && s[j] === "\\") {
      j += 2;
      continue;
    }
    if (s.startsWith(close, j)) return j + close.length;
    j++;
  }
  return s.length;
}
function findPercent(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "%") return i;
  }
  return -1;
}
function splitRange(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && c === "." && s[i + 1] === ".") {
      const lo = s.slice(0, i);
      const hi = s.slice(i + 2);
      if (lo.trim() === "" || hi.trim() === "") return void 0;
      return { lo, hi, hiOffset: i + 2 };
    }
  }
  return void 0;
}
function readArgs(s, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) {
        const last = s.slice(start, i);
        if (last.trim() !== "" || args.length > 0) args.push(last);
        return { args, end: i + 1 };
      }
    } else if (c === "," && depth === 1) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
  }
  return void 0;
}
function expandDefinitions(src, defs) {
  const segments = [];
  let out = "";
  const emit = (text3, from, to, verbatim) => {
    segments.push([out.length, from, to, verbatim]);
    out += text3;
  };
  const expandOnce = (s, depth, top) => {
    let result = "";
    let i = 0;
    let copyFrom = 0;
    const flush = (to) => {
      if (to > copyFrom) {
        if (top) emit(s.slice(copyFrom, to), copyFrom, to, true);
        else result += s.slice(copyFrom, to);
      }
    };
    while (i < s.length) {
      const c = s[i];
      if (c === '"' || c === "'") {
        i = skipString(s, i);
        continue;
      }
      IDENT.lastIndex = i;
      const m = /[A-Za-z_]/.test(c) && (i === 0 || !/[A-Za-z0-9_]/.test(s[i - 1]));
      const word = m ? IDENT.exec(s) : null;
      if (!word) {
        i++;
        continue;
      }
      const name = word[0];
      const start = i;
      i += name.length;
      const def = defs.get(name);
      let before = start - 1;
      while (before >= 0 && s[before] === " ") before--;
      if (def === void 0 || before >= 0 && s[before] === ".") continue;
      let j = i;
      while (j < s.length && s[j] === " ") j++;
      let args = [];
      let end = i;
      if (def.params.length > 0) {
        if (s[j] !== "(") {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s): write ${name}(${def.params.join(", ")})`,
            start
          );
        }
        const read = readArgs(s, j);
        if (read === void 0) throw new MacroError(`unclosed call of \`${name}\``, start);
        if (read.args.length !== def.params.length) {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s) (${def.params.join(", ")}), given ${read.args.length}`,
            start
          );
        }
        args = read.args.map((a) => expandOnce(a, depth + 1, false));
        end = read.end;
      }
      if (depth >= MAX_EXPANSION_DEPTH) {
        throw new MacroError(
          `definitions nest deeper than ${MAX_EXPANSION_DEPTH} levels at \`${name}\` (a definition that uses itself?)`,
          start
        );
      }
      let body = "";
      let k = 0;
      const b = def.body;
      while (k < b.length) {
        const ch = b[k];
        if (ch === '"' || ch === "'") {
          const e = skipString(b, k);
          body += b.slice(k, e);
          k = e;
          continue;
        }
        IDENT.lastIndex = k;
        const w = /[A-Za-z_]/.test(ch) && (k === 0 || !/[A-Za-z0-9_]/.test(b[k - 1]));
        const bw = w ? IDENT.exec(b) : null;
        if (bw) {
          const pi = def.params.indexOf(bw[0]);
          let pb = k - 1;
          while (pb >= 0 && b[pb] === " ") pb--;
          body += pi >= 0 && !(pb >= 0 && b[pb] === ".") ? `(${args[pi]})` : bw[0];
          k += bw[0].length;
        } else {
          body += ch;
          k++;
        }
      }
      const expanded = `(${expandOnce(body, depth + 1, false)})`;
      if (expanded.length > MAX_EXPANDED_LENGTH)
        throw new MacroError(`the expansion of \`${name}\` is too long`, start);
      flush(start);
      if (top) emit(expanded, start, end, false);
      else result += expanded;
      i = end;
      copyFrom = end;
    }
    flush(s.length);
    return result;
  };
  expandOnce(src, 0, true);
  return {
    text: out,
    origin(offset) {
      for (let n = segments.length - 1; n >= 0; n--) {
        const [outStart, from, , verbatim] = segments[n];
        if (offset >= outStart) return verbatim ? from + (offset - outStart) : from;
      }
      return 0;
    }
  };
}

// action/gates/modelcheck/spec-init.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileInit(ctx, raw) {
  const constScope = ctx.scope(false, /* @__PURE__ */ new Map());
  const blocks = Array.isArray(raw) ? raw : [raw];
  return blocks.map((block, bi) => {
    const base = Array.isArray(raw) ? ["init", bi] : ["init"];
    const rules = [];
    for (const name of Object.keys(block)) {
      if (!ctx.vars.some((v) => v.name === name)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          [...base, name],
          `\`${name}\` in init is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(", ")}`,
          true
        );
      }
    }
    ctx.vars.forEach((v, vi) => {
      if (!Object.hasOwn(block, v.name)) {
        ctx.fail(
          "MC_SPEC_INVALID",
          base,
          `init does not assign variable \`${v.name}\`; every variable needs an initial value`
        );
      }
      const rule2 = block[v.name];
      const path = [...base, v.name];
      const target = celTypeOf(v.type);
      if (typeof rule2 === "string") {
        const c = ctx.compile(rule2, path, constScope);
        ctx.expectType(c.type, target, path, `the initial value of \`${v.name}\``);
        rules[vi] = { kind: "eq", fn: c.fn, loc: ctx.at(path) };
      } else if (isRecordValue(rule2) && (typeof rule2["in"] === "string" || rule2["any"] === true || typeof rule2["where"] === "string")) {
        let where;
        if (typeof rule2["where"] === "string") {
          const candidate = ctx.scope(
            false,
            /* @__PURE__ */ new Map([[v.name, { kind: "param", index: 0, t: target }]])
          );
          const w = ctx.compile(rule2["where"], [...path, "where"], candidate);
          ctx.expectType(w.type, { k: "bool" }, [...path, "where"], `\`where\` of \`${v.name}\``);
          where = w.fn;
        }
        if (typeof rule2["in"] === "string") {
          const src = rule2["in"];
          let fn;
          if (splitRange(src) !== void 0) {
            if (!(v.type instanceof IntType))
              ctx.fail(
                "MC_TYPE_ERROR",
                [...path, "in"],
                `a range initialises an int, but \`${v.name}\` is ${v.type.describe()}`
              );
            fn = ctx.rangeOf(src, [...path, "in"], constScope).fn;
          } else {
            const c = ctx.compile(src, [...path, "in"], constScope);
            ctx.expectType(
              c.type,
              { k: "list", elem: target },
              [...path, "in"],
              `the initial choices of \`${v.name}\``
            );
            fn = c.fn;
          }
          rules[vi] = {
            kind: "in",
            fn,
            ...where !== void 0 ? { where } : {},
            loc: ctx.at([...path, "in"])
          };
        } else {
          const whereOnState = typeof rule2["where"] === "string" ? ctx.compile(
            rule2["where"],
            [...path, "where"],
            ctx.scope(
              false,
              /* @__PURE__ */ new Map([[v.name, { kind: "var", index: vi, type: v.type, offset: v.offset }]])
            )
          ).fn : void 0;
          rules[vi] = {
            kind: "all",
            ...where !== void 0 ? { where } : {},
            ...whereOnState !== void 0 ? { whereOnState } : {},
            loc: ctx.at([...path, rule2["any"] === true ? "any" : "where"])
          };
        }
      } else if (isRecordValue(rule2) && rule2["each"] !== void 0) {
        const fn = eachFn(
          ctx,
          v.type,
          rule2["each"],
          [...path, "each"],
          /* @__PURE__ */ new Map(),
          0,
          false,
          v.name
        );
        rules[vi] = { kind: "eq", fn, loc: ctx.at([...path, "each"]) };
      }
    });
    return rules;
  });
}
function eachFn(ctx, type, src, path, extra, index, withVars, what) {
  if (!(type instanceof FunctionType))
    ctx.fail(
      "MC_TYPE_ERROR",
      path,
      `\`each\` builds a function, but \`${what}\` is ${type.describe()}`
    );
  const scope = new Map([
    ...extra,
    ["key", { kind: "param", index, t: celTypeOf(type.dom) }]
  ]);
  let inner;
  if (typeof src === "string") {
    const c = ctx.compile(src, path, ctx.scope(withVars, scope));
    ctx.expectType(c.type, celTypeOf(type.range), path, `every entry of \`${what}\``);
    inner = c.fn;
  } else if (isRecordValue(src) && src["each"] !== void 0) {
    inner = eachFn(
      ctx,
      type.range,
      src["each"],
      [...path, "each"],
      extra,
      index,
      withVars,
      `${what}[key]`
    );
  } else {
    return ctx.fail("MC_SPEC_INVALID", path, "`each` takes an expression or a nested {each: ...}");
  }
  const dom = type.dom;
  const keys = dom.values();
  return (env) => {
    const saved = env.p;
    const vals = new Array(keys.length);
    try {
      for (let i = 0; i < keys.length; i++) {
        const p = saved.slice(0, index);
        p[index] = keys[i];
        env.p = p;
        vals[i] = inner(env);
      }
    } finally {
      env.p = saved;
    }
    return new FnValue(dom, vals);
  };
}
function eachWriterOf(ctx, type, src, path, extra, index) {
  const scope = new Map([
    ...extra,
    ["key", { kind: "param", index, t: celTypeOf(type.dom) }]
  ]);
  const range2 = type.range;
  let inner;
  if (typeof src === "string") {
    const c = ctx.compile(src, path, ctx.scope(true, scope), false, void 0, range2);
    const fn = c.fn;
    inner = c.write ?? ((env, succ, off) => range2.write(fn(env), succ, off));
  } else if (isRecordValue(src) && range2 instanceof FunctionType) {
    const nested = eachWriterOf(ctx, range2, src["each"], [...path, "each"], extra, index);
    if (nested === void 0) return void 0;
    inner = nested;
  } else {
    return void 0;
  }
  return eachWriter(type, index, inner);
}

// action/gates/modelcheck/guard-source.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_OFFSET = 2 ** 40;
var worst = (...t) => Math.max(0, ...t);
var MAX_UNROLLED = 64;
var INT_OPS2 = opsFor("int");
function safe(n) {
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_OFFSET || Object.is(n, -0))
    throw notWritable("not a safe integer for generated source");
  return n < 0 ? `(${String(n)})` : String(n);
}
function bitsAt(off, width) {
  if (width === 0) return "0";
  if (width > 32 || width < 0) throw notWritable("bit width out of range");
  const w = off >>> 5;
  const b = off & 31;
  if (b + width <= 32) {
    if (width === 32) return `s[${safe(w)}]`;
    const mask = safe(2 ** width - 1);
    return b === 0 ? `(s[${safe(w)}] & ${mask})` : `((s[${safe(w)}] >>> ${safe(b)}) & ${mask})`;
  }
  const joined2 = `((s[${safe(w)}] >>> ${safe(b)}) | (s[${safe(w + 1)}] << ${safe(32 - b)}))`;
  return width === 32 ? `(${joined2} >>> 0)` : `(${joined2} & ${safe(2 ** width - 1)})`;
}
function guardSwitch(parts) {
  const closures = [];
  const arg = (value) => {
    closures.push(value);
    return `a${closures.length - 1}`;
  };
  let anyGenerated = false;
  const inner = [];
  let switchTemps = 0;
  const cases = parts.map((part, t) => {
    let src;
    if (part.kind === "always") src = "true";
    else if (part.kind === "never") {
      src = "false";
      anyGenerated = true;
    } else {
      if (part.kind === "source") {
        const mark = closures.length;
        const out = expressionSource(part.input, arg);
        if (out === void 0) closures.length = mark;
        else {
          anyGenerated = true;
          const budget = part.input.budget;
          if (budget === void 0) {
            src = out.src;
            switchTemps = Math.max(switchTemps, out.temps);
          } else {
            const g = `g${safe(t)}`;
            inner.push(
              `const ${g} = function (env) { const s = env.s; ${temps(out.temps)} return ${out.src}; };`
            );
            src = `${arg(withBudget)}(${arg(budget)}, ${g}, env)`;
          }
        }
      }
      src ??= `${arg(part.closure)}(env)`;
    }
    return `case ${safe(t)}: return ${src};`;
  });
  if (!anyGenerated) return void 0;
  const unknownTuple = arg(noSuchTuple);
  const params = closures.map((_, i) => `a${i}`);
  try {
    const make = new Function(
      ...params,
      `"use strict"; ${inner.join(" ")} return function guards(env, t) { const s = env.s; ${temps(switchTemps)} switch (t) { ${cases.join(" ")} default: return ${unknownTuple}(); } };`
    );
    return make(...closures);
  } catch {
    return void 0;
  }
}
function expressionFunction(input, closure) {
  const f = guardSwitch([{ kind: "source", input, closure }]);
  return f === void 0 ? void 0 : (env) => f(env, 0);
}
function temps(n) {
  if (n === 0) return "";
  return `let ${Array.from({ length: n }, (_, i) => `r${i}`).join(", ")};`;
}
function expressionSource(input, arg) {
  let tempCount = 0;
  const withHeads = (at, value) => {
    if (at.heads.length === 0) return value;
    const eh = arg(emptyHead);
    const tests = at.heads.map((h) => `${bitsAt(h.off, h.width)} === 0 ? ${eh}() : `).join("");
    return `(${tests}${value})`;
  };
  const leaf = (c) => ({
    src: `${arg(c.fn)}(env)`,
    kind: "any",
    throws: 2,
    t: c.t,
    leaf: true
  });
  const constant = (value, t) => {
    if (typeof value === "boolean") return { src: String(value), kind: "bool", throws: 0, t };
    if (typeof value === "number" && Number.isSafeInteger(value) && !Object.is(value, -0))
      return { src: safe(value), kind: "num", throws: 0, t };
    const code3 = { src: arg(value), kind: "any", throws: 0, t };
    if (typeof value === "string") code3.str = value;
    return code3;
  };
  const read = (r, t) => {
    if (!(r.at.off >= 0) || r.at.off > MAX_OFFSET) throw notWritable("offset out of range");
    const throws = r.at.heads.length === 0 ? 0 : 2;
    switch (r.kind) {
      case "int": {
        const bits = bitsAt(r.at.off, r.width);
        const value = r.lo === 0 ? bits : `(${safe(r.lo)} + ${bits})`;
        return { src: withHeads(r.at, value), kind: "num", throws, t };
      }
      case "size":
        return { src: withHeads(r.at, bitsAt(r.at.off, r.width)), kind: "num", throws, t };
      case "bool":
      case "member":
        return {
          src: withHeads(r.at, `(${bitsAt(r.at.off, 1)} === 1)`),
          kind: "bool",
          throws,
          t
        };
      case "enum": {
        const index = withHeads(r.at, bitsAt(r.at.off, r.width));
        return {
          src: `${arg(r.names)}[${index}]`,
          kind: "any",
          throws,
          t,
          enumRead: { index, names: r.names }
        };
      }
    }
  };
  const varRead = (e, c) => {
    if (e.exprKind.case !== "identExpr") return void 0;
    const b = input.scope.lookup(e.exprKind.value.name);
    if (b?.kind !== "var" || b.offset === void 0) return void 0;
    const at = { off: b.offset, heads: [] };
    const type = b.type;
    if (type instanceof IntType)
      return read({ kind: "int", at, width: type.bits, lo: type.lo }, c.t);
    if (type instanceof BoolType) return read({ kind: "bool", at }, c.t);
    if (type instanceof EnumType)
      return read({ kind: "enum", at, width: type.bits, names: type.names }, c.t);
    return void 0;
  };
  const gen = (e) => {
    const c = input.compile(e);
    if (c.known !== void 0) return constant(c.known.value, c.t);
    if (c.note !== void 0) return read(c.note, c.t);
    const v = varRead(e, c);
    if (v !== void 0) return v;
    const k = e.exprKind;
    if (k.case === "comprehensionExpr") return unrolled(k.value, c) ?? leaf(c);
    if (k.case !== "callExpr" || k.value.target !== void 0) return leaf(c);
    const args = k.value.args;
    const fn = k.value.function;
    if ((fn === "_&&_" || fn === "_||_") && args.length === 2) {
      const l = gen(args[0]);
      if (l.kind !== "bool" || l.throws === 2) return leaf(c);
      const r = gen(args[1]);
      const right = r.kind === "bool" ? r.src : `${arg(logical)}(${r.src})`;
      return {
        src: `(${l.src} ${fn === "_&&_" ? "&&" : "||"} ${right})`,
        kind: "bool",
        throws: worst(l.throws, r.kind === "bool" ? r.throws : 2),
        t: c.t
      };
    }
    if (fn === "!_" && args.length === 1) {
      const x = gen(args[0]);
      const src = x.kind === "bool" ? x.src : `${arg(notOperand)}(${x.src})`;
      return { src: `(!${src})`, kind: "bool", throws: x.kind === "bool" ? x.throws : 2, t: c.t };
    }
    if (fn === "_?_:_" && args.length === 3) {
      const cond = gen(args[0]);
      const a = gen(args[1]);
      const b = gen(args[2]);
      const test = cond.kind === "bool" ? cond.src : `${arg(condition)}(${cond.src})`;
      return {
        src: `(${test} ? ${a.src} : ${b.src})`,
        kind: a.kind === b.kind ? a.kind : "any",
        throws: worst(cond.kind === "bool" ? cond.throws : 2, a.throws, b.throws),
        t: c.t
      };
    }
    if ((fn === "_==_" || fn === "_!=_") && args.length === 2) {
      const a = gen(args[0]);
      const b = gen(args[1]);
      const neg = fn === "_!=_";
      const scalar = a.t.k === b.t.k && (a.t.k === "string" || a.t.k === "bool" || a.t.k === "int");
      if (!scalar) {
        const src = `${arg(INT_OPS2.eq)}(${a.src}, ${b.src})`;
        return { src: neg ? `(!${src})` : src, kind: "bool", throws: 2, t: c.t };
      }
      const [e1, s1] = a.enumRead !== void 0 && b.str !== void 0 ? [a, b.str] : [b, a.str];
      if (e1.enumRead !== void 0 && s1 !== void 0) {
        const i = e1.enumRead.names.indexOf(s1);
        if (i >= 0)
          return {
            src: `(${e1.enumRead.index} ${neg ? "!==" : "==="} ${safe(i)})`,
            kind: "bool",
            throws: e1.throws,
            t: c.t
          };
      }
      return {
        src: `(${a.src} ${neg ? "!==" : "==="} ${b.src})`,
        kind: "bool",
        throws: worst(a.throws, b.throws),
        t: c.t
      };
    }
    const order = ORDER[fn];
    if (order !== void 0 && args.length === 2) {
      const a = gen(args[0]);
      const b = gen(args[1]);
      if (a.kind === "num" && b.kind === "num")
        return {
          src: `(${a.src} ${order.op} ${b.src})`,
          kind: "bool",
          throws: worst(a.throws, b.throws),
          t: c.t
        };
      return {
        src: `${arg(order.general)}(${a.src}, ${b.src})`,
        kind: "bool",
        throws: 2,
        t: c.t
      };
    }
    return leaf(c);
  };
  const unrolled = (q, c) => {
    const quantifier = quantifierOf(q);
    if (quantifier === void 0 || q.iterRange === void 0 || input.budget === void 0)
      return void 0;
    const range2 = input.compile(q.iterRange);
    const items = range2.known?.value;
    if (!Array.isArray(items) || items.length > MAX_UNROLLED) return void 0;
    const elemT = range2.t.k === "list" ? range2.t.elem.k : void 0;
    const preds = [];
    for (const item2 of items) {
      const lit = literalOf(item2, elemT, q.iterVar);
      if (lit === void 0) return void 0;
      const body = substituted(quantifier.pred, q.iterVar, q.accuVar, lit);
      if (body === void 0) return void 0;
      let code3;
      const folded = input.foldsLoops(() => {
        code3 = gen(body);
      });
      if (folded || code3 === void 0) return void 0;
      preds.push(code3);
    }
    const stop = quantifier.stopOn;
    const st = arg(step);
    const lb = arg(logical);
    let src = String(!stop);
    for (let i = preds.length - 1; i >= 0; i--) {
      const p = preds[i];
      const r = `r${tempCount++}`;
      const decided = i + 1 < preds.length ? `(${st}(), ${String(stop)})` : String(stop);
      const checked = p.kind === "bool" ? src : `(${lb}(${r}), ${src})`;
      src = `(${st}(), (${r} = ${p.src}) === ${String(stop)} ? ${decided} : ${checked})`;
    }
    return {
      src,
      kind: "bool",
      throws: worst(1, ...preds.map((p) => p.kind === "bool" ? p.throws : 2)),
      t: c.t
    };
  };
  let root2;
  try {
    root2 = gen(input.expr);
  } catch {
    return void 0;
  }
  return root2.leaf === true ? void 0 : { src: root2.src, temps: tempCount };
}
function notWritable(what) {
  return new MaestroError("MC_INTERNAL_ERROR", `internal: guard source: ${what}`);
}
function noSuchTuple() {
  throw new MaestroError("MC_INTERNAL_ERROR", "internal: a guard was asked for an unknown tuple");
}
function emptyHead() {
  throw new CelRuntimeError("head of an empty sequence");
}
function boolOf(v, what) {
  if (typeof v !== "boolean")
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}
function logical(v) {
  return boolOf(v, "a logical operand");
}
function notOperand(v) {
  return boolOf(v, "the operand of `!`");
}
function condition(v) {
  return boolOf(v, "the condition of `? :`");
}
var ORDER = {
  "_<_": {
    op: "<",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x < y : INT_OPS2.cmp(x, y) < 0
  },
  "_<=_": {
    op: "<=",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x <= y : INT_OPS2.cmp(x, y) <= 0
  },
  "_>_": {
    op: ">",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x > y : INT_OPS2.cmp(x, y) > 0
  },
  "_>=_": {
    op: ">=",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x >= y : INT_OPS2.cmp(x, y) >= 0
  }
};
function literalOf(value, elemK, name) {
  let constantKind;
  if (typeof value === "number" && elemK === "int" && Number.isSafeInteger(value) && !Object.is(value, -0))
    constantKind = { case: "int64Value", value: BigInt(value) };
  else if (typeof value === "string" && elemK === "string")
    constantKind = { case: "stringValue", value };
  else if (typeof value === "boolean" && elemK === "bool")
    constantKind = { case: "boolValue", value };
  else return void 0;
  void name;
  return {
    $typeName: "cel.expr.Expr",
    id: 0n,
    exprKind: { case: "constExpr", value: { $typeName: "cel.expr.Constant", constantKind } }
  };
}
function substituted(e, name, accu, lit) {
  const k = e.exprKind;
  const sub = (x) => x === void 0 ? null : substituted(x, name, accu, lit);
  switch (k.case) {
    case "constExpr":
      return e;
    case "identExpr":
      if (k.value.name === accu) return void 0;
      return k.value.name === name ? { ...lit, id: e.id } : e;
    case "selectExpr": {
      const operand = sub(k.value.operand);
      if (operand === void 0) return void 0;
      return {
        ...e,
        exprKind: { case: "selectExpr", value: { ...k.value, operand: operand ?? void 0 } }
      };
    }
    case "callExpr": {
      const target = sub(k.value.target);
      if (target === void 0) return void 0;
      const args = [];
      for (const a of k.value.args) {
        const x = substituted(a, name, accu, lit);
        if (x === void 0) return void 0;
        args.push(x);
      }
      return {
        ...e,
        exprKind: { case: "callExpr", value: { ...k.value, target: target ?? void 0, args } }
      };
    }
    case "listExpr": {
      const elements = [];
      for (const a of k.value.elements) {
        const x = substituted(a, name, accu, lit);
        if (x === void 0) return void 0;
        elements.push(x);
      }
      return { ...e, exprKind: { case: "listExpr", value: { ...k.value, elements } } };
    }
    case "comprehensionExpr": {
      const c = k.value;
      if (c.iterVar === name || c.accuVar === name || c.iterVar2 !== "") return void 0;
      const innerAccu = c.accuVar === accu ? "" : accu;
      const subInner = (x) => x === void 0 ? null : substituted(x, name, innerAccu, lit);
      const parts = [
        sub(c.iterRange),
        sub(c.accuInit),
        subInner(c.loopCondition),
        subInner(c.loopStep),
        subInner(c.result)
      ];
      if (parts.some((x) => x === void 0)) return void 0;
      const [iterRange, accuInit, loopCondition, loopStep, result] = parts.map(
        (x) => x ?? void 0
      );
      return {
        ...e,
        exprKind: {
          case: "comprehensionExpr",
          value: { ...c, iterRange, accuInit, loopCondition, loopStep, result }
        }
      };
    }
    case "structExpr":
    case void 0:
      return void 0;
  }
}

// action/gates/modelcheck/spec-actions.ts
var MAX_LISTED_TUPLES = 4096;
var MAX_SPECIALISED_TUPLES = 256;
function compileActions(ctx, raw) {
  const names = /* @__PURE__ */ new Set();
  return raw.map((a, ai) => {
    const base = ["actions", ai];
    if (names.has(a.name))
      ctx.fail("MC_SPEC_INVALID", [...base, "name"], `duplicate action name \`${a.name}\``);
    names.add(a.name);
    const params = [];
    const paramScope = /* @__PURE__ */ new Map();
    for (const [pname, src] of Object.entries(a.params ?? {})) {
      const path = [...base, "params", pname];
      if (ctx.constants.has(pname) || ctx.vars.some((v) => v.name === pname)) {
        ctx.fail(
          "MC_SPEC_INVALID",
          path,
          `parameter \`${pname}\` shadows a constant or variable of the same name`,
          true
        );
      }
      let usesParam = false;
      const inner = ctx.scope(true, paramScope);
      const tracking = {
        lookup(name) {
          const found = inner.lookup(name);
          if (found?.kind === "param") usesParam = true;
          return found;
        },
        known: () => inner.known()
      };
      const c = splitRange(src) !== void 0 ? { ...ctx.rangeOf(src, path, tracking), type: { k: "list", elem: { k: "int" } } } : ctx.compile(src, path, tracking);
      if (c.type.k !== "list" && c.type.k !== "dyn" && c.type.k !== "map") {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `parameter \`${pname}\` must range over a list (or a map's keys), but its expression is ${typeName(c.type)}; a parameter needs a finite domain such as a constant list`
        );
      }
      const elemT = c.type.k === "list" ? c.type.elem : c.type.k === "map" ? c.type.key : { k: "dyn" };
      const param = { name: pname, fn: c.fn, loc: ctx.at(path) };
      if (c.reads.size === 0 && !usesParam) {
        const v = ctx.evalConst(c.fn, path);
        const items = Array.isArray(v) ? v : null;
        if (items === null)
          ctx.fail("MC_TYPE_ERROR", path, `parameter \`${pname}\` must range over a list`);
        param.constant = items;
      }
      params.push(param);
      paramScope.set(pname, { kind: "param", index: params.length - 1, t: elemT });
    }
    const scope = ctx.scope(true, paramScope);
    let guard;
    let guardFolded = false;
    if (a.guard !== void 0) {
      const c = ctx.compile(a.guard, [...base, "guard"], scope);
      guardFolded = c.foldedLoops === true;
      if (c.type.k !== "bool" && c.type.k !== "dyn") {
        ctx.fail(
          "MC_TYPE_ERROR",
          [...base, "guard"],
          `the guard of action \`${a.name}\` must be a bool, but it is ${typeName(c.type)}. Write a condition such as \`x < 3\`.`
        );
      }
      guard = c.fn;
    }
    const updates = [];
    const whole = /* @__PURE__ */ new Set();
    const partial = /* @__PURE__ */ new Set();
    for (const [target, src] of Object.entries(a.updates ?? {})) {
      const path = [...base, "updates", target];
      const { varIndex, steps, type } = updateTarget(ctx, target, path, scope);
      if (steps.length === 0) {
        if (whole.has(varIndex) || partial.has(varIndex))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            `\`${target}\` is updated twice in action \`${a.name}\``,
            true
          );
        whole.add(varIndex);
      } else {
        if (whole.has(varIndex))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            `\`${target}\` overlaps a whole update of \`${ctx.vars[varIndex].name}\``,
            true
          );
        partial.add(varIndex);
      }
      let c;
      if (typeof src !== "string") {
        if (paramScope.has("key"))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            "`each` binds `key`, which is also a parameter name",
            true
          );
        c = {
          fn: eachFn(
            ctx,
            type,
            src.each,
            [...path, "each"],
            paramScope,
            params.length,
            true,
            target
          )
        };
        const write2 = type instanceof FunctionType ? eachWriterOf(ctx, type, src.each, [...path, "each"], paramScope, params.length) : void 0;
        if (write2 !== void 0) c.write = write2;
      } else {
        const setVar = steps.length === 0 && type instanceof SetType ? ctx.vars[varIndex].name : void 0;
        const compiled = ctx.compile(src, path, scope, false, setVar, type);
        ctx.expectType(compiled.type, celTypeOf(type), path, `the new value of \`${target}\``);
        c = compiled;
      }
      updates.push({
        target,
        varIndex,
        steps,
        leaf: type,
        fn: c.fn,
        ...c.added !== void 0 ? { added: c.added } : {},
        ...c.write !== void 0 && c.added === void 0 ? { write: c.write } : {},
        offset: targetOffset(ctx.vars[varIndex].offset, steps),
        loc: ctx.at(path)
      });
    }
    const action = { name: a.name, params, guard, updates, loc: ctx.at(base) };
    const product = params.reduce((n, p) => n * (p.constant?.length ?? Infinity), 1);
    if (product <= MAX_LISTED_TUPLES) {
      let tuples = [[]];
      for (const p of params) tuples = tuples.flatMap((t) => p.constant.map((v) => [...t, v]));
      action.tuples = tuples;
      if (a.guard !== void 0 && guard !== void 0 && !guardFolded && params.length > 0 && tuples.length <= MAX_SPECIALISED_TUPLES) {
        const guardSrc = a.guard;
        const parts = tuples.map(
          (t) => specialisedGuard(ctx, guardSrc, [...base, "guard"], params, paramScope, t, guard)
        );
        action.tupleGuards = parts.map((p) => p.kind === "always" ? void 0 : p.closure);
        const guardAt = guardSwitch(parts);
        if (guardAt !== void 0) action.guardAt = guardAt;
      }
    }
    return action;
  });
}
function specialisedGuard(ctx, src, path, params, paramScope, tuple, general2) {
  const bound = new Map(paramScope);
  params.forEach((p, i) => {
    const b = paramScope.get(p.name);
    if (b?.kind === "param") bound.set(p.name, { kind: "const", value: tuple[i], t: b.t });
  });
  let c;
  try {
    c = ctx.compile(src, path, ctx.scope(true, bound), false, void 0, void 0, true);
  } catch {
    return { kind: "closure", closure: general2 };
  }
  if (c.foldedLoops === true) return { kind: "closure", closure: general2 };
  if (c.known !== void 0 && c.known.value === true) return { kind: "always" };
  if (c.known !== void 0 && c.known.value === false) return { kind: "never", closure: c.fn };
  if (c.source !== void 0) return { kind: "source", input: c.source, closure: c.fn };
  return { kind: "closure", closure: c.fn };
}
function updateTarget(ctx, target, path, scope) {
  const parts = splitTarget(target);
  if (parts === void 0) {
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `update target \`${target}\` is not of the form var, var[key] or var.field`,
      true
    );
  }
  const [rootName, ...chain] = parts;
  const varIndex = ctx.vars.findIndex((v) => v.name === rootName);
  if (varIndex < 0) {
    ctx.fail(
      "MC_TYPE_ERROR",
      path,
      `update target \`${target}\`: \`${rootName}\` is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(", ")}`,
      true
    );
  }
  let type = ctx.vars[varIndex].type;
  const steps = [];
  for (const step2 of chain) {
    if (step2.kind === "field") {
      if (!(type instanceof RecordType) || !type.fields.has(step2.text)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: ${type.describe()} has no field \`${step2.text}\``,
          true
        );
      }
      steps.push({ kind: "field", name: step2.text, container: type });
      type = type.fields.get(step2.text);
    } else {
      if (!(type instanceof FunctionType)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: only functions can be updated by key, but this is ${type.describe()}`,
          true
        );
      }
      const c = ctx.compile(step2.text, path, scope, true);
      ctx.expectType(c.type, celTypeOf(type.dom), path, `the key in \`${target}\``);
      steps.push({ kind: "key", fn: c.fn, container: type });
      type = type.range;
    }
  }
  return { varIndex, steps, type };
}
function splitTarget(target) {
  const root2 = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target);
  if (!root2) return void 0;
  const steps = [];
  let i = root2[0].length;
  while (i < target.length) {
    const ch = target[i];
    if (ch === " ") {
      i++;
    } else if (ch === ".") {
      const m = /^\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target.slice(i));
      if (!m) return void 0;
      steps.push({ kind: "field", text: m[1] });
      i += m[0].length;
    } else if (ch === "[") {
      let depth = 0;
      let quote;
      let j = i;
      for (; j < target.length; j++) {
        const c = target[j];
        if (quote !== void 0) {
          if (c === "\\") j++;
          else if (c === quote) quote = void 0;
        } else if (c === "'" || c === '"') quote = c;
        else if (c === "[") depth++;
        else if (c === "]" && --depth === 0) break;
      }
      if (j >= target.length) return void 0;
      const text3 = target.slice(i + 1, j).trim();
      if (text3 === "") return void 0;
      steps.push({ kind: "key", text: text3 });
      i = j + 1;
    } else {
      return void 0;
    }
  }
  return [root2[1], ...steps];
}

// action/gates/modelcheck/spec-context.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml2 = __toESM(require_dist(), 1);

// action/gates/modelcheck/spec-functions.ts
init_define_MAESTRO_CODE_DIGESTS();
var isInt = (t) => t.k === "int" || t.k === "dyn";
var isList = (t) => t.k === "list" || t.k === "dyn";
var elemOf = (t) => t.k === "list" ? t.elem : DYN;
function list(v, fn) {
  if (!Array.isArray(v)) throw new CelRuntimeError(`${fn} needs a list`);
  return v;
}
var SPEC_FUNCTIONS = {
  mod: {
    arity: 2,
    type: (a) => a.every(isInt) ? INT : "mod(a, b) takes two ints",
    impl: ([a, b]) => {
      const x = a;
      const y = b;
      if (y <= 0) throw new CelRuntimeError(`mod(${x}, ${y}): the divisor must be positive`);
      return (x % y + y) % y;
    }
  },
  head: {
    arity: 1,
    receiver: true,
    type: ([s]) => isList(s) ? elemOf(s) : "head(s) takes a list",
    impl: ([s]) => {
      const l = list(s, "head");
      if (l.length === 0) throw new CelRuntimeError("head of an empty sequence");
      return l[0];
    }
  },
  tail: {
    arity: 1,
    receiver: true,
    type: ([s]) => isList(s) ? s : "tail(s) takes a list",
    impl: ([s], ctx) => {
      const l = list(s, "tail");
      if (l.length === 0) throw new CelRuntimeError("tail of an empty sequence");
      ctx.charge(l.length);
      return l.slice(1);
    }
  },
  append: {
    arity: 2,
    receiver: true,
    type: ([s, x]) => isList(s) ? s.k === "list" ? s : listOf(x) : "append(s, x) takes a list",
    impl: ([s, x], ctx) => {
      const l = list(s, "append");
      ctx.charge(l.length + 1);
      return [...l, x];
    }
  },
  subseq: {
    arity: 3,
    receiver: true,
    type: ([s, m, n]) => isList(s) && isInt(m) && isInt(n) ? s : "subseq(s, m, n) takes a list and two ints",
    impl: ([s, m, n], ctx) => {
      const l = list(s, "subseq");
      const from = m;
      const to = n;
      if (to < from) return [];
      if (from < 1 || to > l.length)
        throw new CelRuntimeError(
          `subseq(s, ${from}, ${to}) is outside a sequence of length ${l.length} (bounds are 1-based)`
        );
      ctx.charge(to - from + 1);
      return l.slice(from - 1, to);
    }
  }
};

// action/gates/modelcheck/spec-context.ts
var SpecContext = class {
  constructor(source, options) {
    this.source = source;
    this.options = options;
  }
  source;
  options;
  /** Constants by name (after overrides). */
  constants = /* @__PURE__ */ new Map();
  /** The state variables declared so far, with their bit offsets. */
  vars = [];
  /** Comprehension slots the largest compiled expression needs. */
  slots = 0;
  /** The spec file, as shown in messages. */
  get file() {
    return this.source.file;
  }
  /** Where the node (or its key) at `path` is. */
  at(path, key = false) {
    return { file: this.file, ...positionOf(this.source, path, key) };
  }
  /** Throws a `MaestroError` located at `path`. */
  fail(code3, path, message, key = false) {
    const loc = this.at(path, key);
    throw new MaestroError(code3, `${this.file}:${loc.line}:${loc.column}: ${message}`, {
      location: loc
    });
  }
  /** Reads `constants`, applying the caller's overrides. */
  readConstants(raw) {
    this.constants = /* @__PURE__ */ new Map();
    if (!isRecordValue(raw)) return;
    for (const [name, value] of Object.entries(raw)) {
      const override = this.options.constants?.[name];
      const v = override !== void 0 ? override : value;
      this.checkConstant(v, ["constants", name]);
      this.constants.set(name, v);
    }
    for (const [name, v] of Object.entries(this.options.constants ?? {})) {
      if (!this.constants.has(name)) this.constants.set(name, v);
    }
  }
  /** Refuses constant values a spec cannot use (non-integers, null). */
  checkConstant(v, path) {
    if (typeof v === "number" && !Number.isSafeInteger(v)) {
      this.fail(
        "MC_SPEC_INVALID",
        path,
        `constant value ${v} is not an integer; specs use ints, strings, bools, lists and maps`
      );
    }
    if (v === null) this.fail("MC_SPEC_INVALID", path, "constant value is null; give it a value");
    if (Array.isArray(v)) v.forEach((x, i) => this.checkConstant(x, [...path, i]));
    else if (isRecordValue(v))
      for (const [k, x] of Object.entries(v)) this.checkConstant(x, [...path, k]);
  }
  /** A type bound: an int, an int constant, or an int expression over constants. */
  bound(v, path) {
    if (typeof v === "number" && Number.isSafeInteger(v)) return v;
    if (typeof v === "string") {
      const c = this.constants.get(v);
      if (typeof c === "number") return c;
      if (c === void 0 && !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/.test(v)) {
        const e = this.compile(v, path, this.scope(false, /* @__PURE__ */ new Map()));
        const x = this.evalConst(e.fn, path);
        if (typeof x === "bigint" || typeof x === "number" && Number.isSafeInteger(x))
          return Number(x);
        this.fail("MC_SPEC_INVALID", path, `bound \`${v}\` is not an int`);
      }
      this.fail(
        "MC_SPEC_INVALID",
        path,
        c === void 0 ? `unknown constant \`${v}\` used as a bound` : `constant \`${v}\` is not an int`
      );
    }
    return this.fail(
      "MC_SPEC_INVALID",
      path,
      "a bound must be an integer or the name of an int constant"
    );
  }
  /** Definitions by name, built-ins included. */
  defs = /* @__PURE__ */ new Map();
  /** Reads `definitions`: `Name: expr` or `Name(a, b): expr`, expanded where they are used. */
  readDefinitions(raw) {
    this.defs = new Map(BUILTIN_DEFINITIONS.map((d) => [d.name, d]));
    if (!isRecordValue(raw)) return;
    for (const [key, body] of Object.entries(raw)) {
      const path = ["definitions", key];
      const k = parseDefinitionKey(key);
      if (k === void 0)
        this.fail(
          "MC_SPEC_INVALID",
          path,
          `definition \`${key}\` must be written Name or Name(a, b)`,
          true
        );
      if (typeof body !== "string")
        this.fail("MC_SPEC_INVALID", path, `definition \`${k.name}\` must be a CEL expression`);
      if (this.constants.has(k.name) || this.defs.has(k.name) || Object.hasOwn(SPEC_FUNCTIONS, k.name))
        this.fail(
          "MC_SPEC_INVALID",
          path,
          `definition \`${k.name}\` clashes with a constant, a built-in or an earlier definition`,
          true
        );
      this.refusePercent(body, path, false);
      let text3 = body;
      const range2 = k.params.length === 0 ? splitRange(body) : void 0;
      if (range2 !== void 0) {
        const items = this.evalConst(
          this.rangeOf(body, path, this.scope(false, /* @__PURE__ */ new Map())).fn,
          path
        );
        text3 = `[${items.join(", ")}]`;
      }
      this.defs.set(k.name, { name: k.name, params: k.params, body: text3 });
    }
  }
  /** Refuses CEL's truncated `%`, pointing at it. */
  refusePercent(src, path, key) {
    const pct = findPercent(src);
    if (pct < 0) return;
    const loc = this.exprLocation(path, pct, key);
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${loc.file}:${loc.line}:${loc.column}: \`%\` is CEL's truncated remainder (-1 % 3 is -1) while TLA+'s is floored (-1 % 3 is 2); write mod(a, b) for TLA+'s meaning`,
      { location: loc }
    );
  }
  /** Compiles `lo..hi` (bounds are int expressions) into a closure giving the list of ints. */
  rangeOf(src, path, scope) {
    const r = splitRange(src);
    const lo = this.compile(r.lo, path, scope);
    const hi = this.compile(r.hi, path, scope);
    this.expectType(lo.type, { k: "int" }, path, `the start of the range \`${src}\``);
    this.expectType(hi.type, { k: "int" }, path, `the end of the range \`${src}\``);
    const loFn = lo.fn;
    const hiFn = hi.fn;
    const fn = (env) => {
      const a = Number(loFn(env));
      const b = Number(hiFn(env));
      if (b - a >= MAX_ENUMERATED)
        throw new CelRuntimeError(`the range ${a}..${b} has more than ${MAX_ENUMERATED} members`);
      const out = [];
      for (let x = a; x <= b; x++) out.push(x);
      return out;
    };
    return { fn, reads: /* @__PURE__ */ new Set([...lo.reads, ...hi.reads]) };
  }
  /** Expands definitions and compiles `src` in `scope`; errors point into the expression. */
  compile(src, path, scope, key = false, setVar, target, source = false) {
    this.refusePercent(src, path, key);
    let expanded;
    try {
      expanded = expandDefinitions(src, this.defs);
    } catch (thrown) {
      if (thrown instanceof MacroError) {
        const loc = this.exprLocation(path, thrown.offset, key);
        throw new MaestroError(
          "MC_SPEC_INVALID",
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc }
        );
      }
      throw thrown;
    }
    try {
      const c = compileExpr(expanded.text, scope, setVar, {
        functions: SPEC_FUNCTIONS,
        ...target !== void 0 ? { target } : {},
        ...source ? { source } : {}
      });
      this.slots = Math.max(this.slots, c.slots);
      return c;
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = this.exprLocation(path, expanded.origin(thrown.offset), key);
        throw new MaestroError(
          thrown.code,
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc }
        );
      }
      throw thrown;
    }
  }
  /** Maps an offset inside an expression scalar to a file position. */
  exprLocation(path, offset, key) {
    const start = positionOf(this.source, path, key);
    const node2 = this.nodeAt(path, key);
    if (node2 && (0, import_yaml2.isScalar)(node2) && (node2.type === "PLAIN" || node2.type === "QUOTE_DOUBLE" || node2.type === "QUOTE_SINGLE")) {
      const text3 = String(node2.value);
      if (!text3.slice(0, offset).includes("\n")) {
        return {
          file: this.file,
          line: start.line,
          column: start.column + offset + (node2.type === "PLAIN" ? 0 : 1)
        };
      }
    }
    return { file: this.file, ...start };
  }
  /** The YAML node (or its key) at `path`. */
  nodeAt(path, key) {
    let node2 = this.source.doc.contents;
    let keyNode;
    for (const seg of path) {
      const n = node2;
      if (n && Array.isArray(n.items)) {
        if (typeof seg === "number") {
          node2 = n.items[seg];
          keyNode = void 0;
        } else {
          const pair2 = n.items.find(
            (p) => (0, import_yaml2.isScalar)(p.key) && String(p.key.value) === seg
          );
          if (!pair2) return void 0;
          keyNode = pair2.key;
          node2 = pair2.value;
        }
      } else return void 0;
    }
    return key ? keyNode : node2;
  }
  /** Refuses an expression whose type cannot be assigned to `want`. */
  expectType(got, want, path, what) {
    if (!assignable(got, want)) {
      this.fail(
        "MC_TYPE_ERROR",
        path,
        `${what} must be ${typeName(want)}, but the expression is ${typeName(got)}`
      );
    }
  }
  /** Evaluates an expression over constants only. */
  evalConst(fn, path) {
    try {
      return fn({
        v: [],
        s: new Uint32Array(0),
        p: [],
        l: new Array(this.slots + 8),
        load: noState,
        has: noState
      });
    } catch (thrown) {
      return this.fail(
        "MC_TYPE_ERROR",
        path,
        `cannot evaluate: ${thrown instanceof Error ? thrown.message : String(thrown)}`
      );
    }
  }
  /** The names an expression sees: `extra`, then the variables (if asked), then constants. */
  scope(withVars, extra) {
    const vars = this.vars;
    const constants = this.constants;
    return {
      lookup(name) {
        const x = extra.get(name);
        if (x !== void 0) return x;
        if (withVars) {
          const index = vars.findIndex((v) => v.name === name);
          if (index >= 0)
            return { kind: "var", index, type: vars[index].type, offset: vars[index].offset };
        }
        if (constants.has(name)) {
          const value = constants.get(name);
          return { kind: "const", value, t: celTypeOfValue(value) };
        }
        return void 0;
      },
      known() {
        return [...extra.keys(), ...withVars ? vars.map((v) => v.name) : [], ...constants.keys()];
      }
    };
  }
};
function assignable(got, want) {
  if (got.k === "dyn" || want.k === "dyn") return true;
  const mapLike = (t) => t.k === "map" || t.k === "record";
  if (mapLike(got) && mapLike(want)) return true;
  if (got.k !== want.k) return false;
  if (got.k === "list" && want.k === "list") return assignable(got.elem, want.elem);
  return true;
}
function noState() {
  throw new MaestroError(
    "MC_INTERNAL_ERROR",
    "internal: a constant expression read a state variable"
  );
}

// action/gates/modelcheck/spec-properties.ts
init_define_MAESTRO_CODE_DIGESTS();
function generated(c) {
  return (c.source !== void 0 ? expressionFunction(c.source, c.fn) : void 0) ?? c.fn;
}
function compileProperties(ctx, raw) {
  const stateScope = ctx.scope(true, /* @__PURE__ */ new Map());
  const invariants = [];
  const invariantIds = [];
  (raw.invariants ?? []).forEach((inv, ii) => {
    const base = ["invariants", ii];
    if ("id" in inv) invariants.push(shared(ctx, inv, base, stateScope, invariantIds));
    else {
      const c = ctx.compile(
        inv.expr,
        [...base, "expr"],
        stateScope,
        false,
        void 0,
        void 0,
        true
      );
      ctx.expectType(c.type, { k: "bool" }, [...base, "expr"], `invariant \`${inv.name}\``);
      invariants.push({
        name: inv.name,
        severity: inv.severity ?? "critical",
        ...inv.message !== void 0 ? { message: inv.message } : {},
        checks: [{ fn: generated(c), source: inv.expr }],
        loc: ctx.at(base)
      });
    }
  });
  const responses = (raw.responses ?? []).map((r, ri) => {
    const base = ["responses", ri];
    const w = ctx.compile(r.when, [...base, "when"], stateScope);
    ctx.expectType(w.type, { k: "bool" }, [...base, "when"], `\`when\` of response \`${r.name}\``);
    const t = ctx.compile(r.then, [...base, "then"], stateScope);
    ctx.expectType(t.type, { k: "bool" }, [...base, "then"], `\`then\` of response \`${r.name}\``);
    return {
      name: r.name,
      when: w.fn,
      then: t.fn,
      within: r.within,
      severity: r.severity ?? "critical",
      loc: ctx.at(base)
    };
  });
  const constraintSources = raw.constraint === void 0 ? [] : Array.isArray(raw.constraint) ? raw.constraint : [raw.constraint];
  const constraints = constraintSources.map((src, i) => {
    const path = Array.isArray(raw.constraint) ? ["constraint", i] : ["constraint"];
    const c = ctx.compile(src, path, stateScope, false, void 0, void 0, true);
    ctx.expectType(c.type, { k: "bool" }, path, "a state constraint");
    return { fn: generated(c), source: src, loc: ctx.at(path), reads: [...c.reads] };
  });
  return { invariants, responses, constraints, invariantIds };
}
function shared(ctx, inv, base, stateScope, ids) {
  const found = ctx.options.invariants?.get(inv.id);
  if (found === void 0) {
    const known = [...ctx.options.invariants?.keys() ?? []].sort();
    const near = known.filter((k) => k.toLowerCase().includes(inv.id.toLowerCase().split(".").pop() ?? "")).slice(0, 5);
    ctx.fail(
      "MC_INVARIANT_NOT_FOUND",
      [...base, "id"],
      `invariant id \`${inv.id}\` does not resolve to any invariant in the base branch's invariants directory (${known.length} known${near.length > 0 ? `; similar: ${near.join(", ")}` : ""}). Fix the id, add the invariant in a separate pull request, or write it inline with name/expr.`
    );
  }
  ids.push(inv.id);
  const lets = /* @__PURE__ */ new Map();
  for (const [name, src] of Object.entries(inv.bind ?? {})) {
    const c = ctx.compile(src, [...base, "bind", name], stateScope);
    lets.set(name, { kind: "let", fn: c.fn, t: c.type });
  }
  const scope = ctx.scope(true, lets);
  const checks = found.asserts.map((a) => {
    let c;
    try {
      c = compileExpr(a.expr, scope, void 0, { functions: SPEC_FUNCTIONS });
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = a.location;
        const here = ctx.at([...base, "id"]);
        throw new MaestroError(
          thrown.code,
          `${here.file}:${here.line}:${here.column}: invariant ${inv.id} (${loc.file}:${loc.line}:${loc.column}) cannot be checked on spec states: ${thrown.message}. Map its names to spec expressions with \`bind\`.`,
          { location: here }
        );
      }
      throw thrown;
    }
    ctx.slots = Math.max(ctx.slots, c.slots);
    if (c.type.k !== "bool" && c.type.k !== "dyn") {
      ctx.fail(
        "MC_TYPE_ERROR",
        [...base, "id"],
        `invariant ${inv.id}: \`${a.expr}\` is ${typeName(c.type)}, not a bool`
      );
    }
    return {
      fn: c.fn,
      source: a.expr,
      ...a.message !== void 0 ? { message: a.message } : {}
    };
  });
  if (checks.length === 0) {
    ctx.fail(
      "MC_INVARIANT_UNSUPPORTED",
      [...base, "id"],
      `invariant ${inv.id} has no \`assert\` expressions (only temporal rules over event traces), so it cannot be checked on states; reference an invariant with asserts, or write one inline`
    );
  }
  return {
    name: inv.id,
    id: inv.id,
    severity: found.severity,
    ...found.title !== void 0 ? { message: found.title } : {},
    checks,
    loc: ctx.at(base),
    definedAt: found.location
  };
}

// action/gates/modelcheck/spec-temporal.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileFairness(ctx, raw, actions) {
  return (raw ?? []).map((f, i) => {
    const base = ["fairness", i];
    if (f.weak === void 0 === (f.strong === void 0)) {
      ctx.fail(
        "MC_SPEC_INVALID",
        base,
        "a fairness rule is either {weak: Action} or {strong: Action} (a name or a list of names)"
      );
    }
    const kind = f.weak !== void 0 ? "weak" : "strong";
    const written = f.weak ?? f.strong;
    const names = Array.isArray(written) ? written : [written];
    const indices = names.map((name, j) => {
      const ai = actions.findIndex((a) => a.name === name);
      if (ai < 0) {
        ctx.fail(
          "MC_SPEC_INVALID",
          Array.isArray(written) ? [...base, kind, j] : [...base, kind],
          `fairness names \`${name}\`, which is not an action; actions: ${actions.map((a) => a.name).join(", ")}`
        );
      }
      return ai;
    });
    if (f.per !== void 0) {
      for (const ai of indices) {
        const a = actions[ai];
        if (!a.params.some((p) => p.name === f.per)) {
          ctx.fail(
            "MC_SPEC_INVALID",
            [...base, "per"],
            `fairness is split per \`${f.per}\`, but action \`${a.name}\` has no parameter \`${f.per}\``
          );
        }
      }
    }
    return {
      kind,
      actions: indices,
      ...f.per !== void 0 ? { per: { name: f.per } } : {},
      loc: ctx.at(base)
    };
  });
}
function parameterTuples(ctx, params, base) {
  let tuples = [/* @__PURE__ */ new Map()];
  for (const [name, src] of Object.entries(params ?? {})) {
    const path = [...base, "params", name];
    if (ctx.constants.has(name) || ctx.vars.some((v) => v.name === name))
      ctx.fail(
        "MC_SPEC_INVALID",
        path,
        `parameter \`${name}\` shadows a constant or variable of the same name`,
        true
      );
    const scope = ctx.scope(false, /* @__PURE__ */ new Map());
    const fn = splitRange(src) !== void 0 ? ctx.rangeOf(src, path, scope).fn : ctx.compile(src, path, scope).fn;
    const items = ctx.evalConst(fn, path);
    if (!Array.isArray(items))
      ctx.fail("MC_TYPE_ERROR", path, `parameter \`${name}\` must range over a constant list`);
    tuples = tuples.flatMap(
      (t) => items.map((value) => {
        const next = new Map(t);
        next.set(name, { kind: "const", value, t: celTypeOfValue(value) });
        return next;
      })
    );
  }
  return tuples;
}
function compileTemporal(ctx, raw) {
  const names = /* @__PURE__ */ new Set();
  return (raw ?? []).flatMap(
    (p, i) => parameterTuples(ctx, p.params, ["properties", i]).map((bound) => {
      const scope = ctx.scope(true, bound);
      const name = bound.size === 0 ? p.name : `${p.name}[${[...bound].map(([k, b]) => `${k}=${JSON.stringify(toJson(b.value))}`).join(", ")}]`;
      const base = ["properties", i];
      if (names.has(name))
        ctx.fail("MC_SPEC_INVALID", [...base, "name"], `duplicate property name \`${p.name}\``);
      names.add(name);
      const bool = (src, key) => {
        const c = ctx.compile(src, [...base, key], scope);
        ctx.expectType(
          c.type,
          { k: "bool" },
          [...base, key],
          `\`${key}\` of property \`${p.name}\``
        );
        return c.fn;
      };
      if (p.eventually !== void 0) {
        if (p.when !== void 0 || p.leads_to !== void 0)
          ctx.fail(
            "MC_SPEC_INVALID",
            base,
            `property \`${p.name}\` is either {eventually: q} or {when: p, leads_to: q}, not both`
          );
        return {
          name,
          kind: "eventually",
          then: bool(p.eventually, "eventually"),
          loc: ctx.at(base)
        };
      }
      if (p.when === void 0 || p.leads_to === void 0)
        ctx.fail(
          "MC_SPEC_INVALID",
          base,
          `property \`${p.name}\` needs {eventually: q} or both \`when\` and \`leads_to\` (p ~> q)`
        );
      return {
        name,
        kind: "leads_to",
        when: bool(p.when, "when"),
        then: bool(p.leads_to, "leads_to"),
        loc: ctx.at(base)
      };
    })
  );
}

// action/gates/modelcheck/spec-types.ts
init_define_MAESTRO_CODE_DIGESTS();
function buildType(ctx, t, path) {
  const unbounded = (what) => ctx.fail(
    "MC_SPEC_INVALID",
    path,
    `unbounded domain: \`${what}\` has infinitely many values, so the state space is not finite. Use a finite type: {int: [lo, hi]}, {enum: [...]}, bool, {set: T}, {function: {from: T, to: U}}, {seq: T, max_length: N}, {record: {...}} or {union: [...]}.`
  );
  if (t === "bool") return new BoolType();
  if (typeof t === "string") {
    if ([
      "int",
      "integer",
      "string",
      "number",
      "double",
      "uint",
      "list",
      "map",
      "bytes",
      "nat",
      "Nat",
      "Int"
    ].includes(t)) {
      return unbounded(t);
    }
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `unknown type \`${t}\`; the only type written as a word is \`bool\``
    );
  }
  if (!isRecordValue(t))
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      "a type must be `bool` or an object such as {int: [0, 3]}"
    );
  const keys = Object.keys(t);
  const kind = keys.find(
    (k) => ["int", "enum", "record", "set", "function", "seq", "union"].includes(k)
  );
  if (kind === void 0) {
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `unknown type form {${keys.join(", ")}}; use one of int, enum, record, set, function, seq, union`
    );
  }
  const sub = [...path, kind];
  let out;
  switch (kind) {
    case "int": {
      const r = t["int"];
      if (!Array.isArray(r) || r.length !== 2) {
        return r === void 0 || r === null || r === true ? unbounded("int") : ctx.fail("MC_SPEC_INVALID", sub, "an int type is {int: [lo, hi]}");
      }
      const lo = ctx.bound(r[0], [...sub, 0]);
      const hi = ctx.bound(r[1], [...sub, 1]);
      if (hi < lo) ctx.fail("MC_SPEC_INVALID", sub, `empty int range [${lo}, ${hi}]`);
      if (hi - lo >= 2 ** 31)
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `int range [${lo}, ${hi}] is too large (at most 2^31 values)`
        );
      out = new IntType(lo, hi);
      break;
    }
    case "enum": {
      let names = t["enum"];
      if (typeof names === "string") {
        const c = ctx.constants.get(names);
        if (c === void 0)
          ctx.fail("MC_SPEC_INVALID", sub, `unknown constant \`${names}\` used as an enum`);
        names = c;
      }
      if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === "string")) {
        return ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          "an enum is a non-empty list of strings (or the name of a constant that is one)"
        );
      }
      if (new Set(names).size !== names.length)
        ctx.fail("MC_SPEC_INVALID", sub, "enum values must be distinct");
      out = new EnumType(names);
      break;
    }
    case "record": {
      const fields2 = t["record"];
      if (!isRecordValue(fields2) || Object.keys(fields2).length === 0) {
        return ctx.fail("MC_SPEC_INVALID", sub, "a record type is {record: {field: type, ...}}");
      }
      out = new RecordType(
        new Map(Object.entries(fields2).map(([n, ft]) => [n, buildType(ctx, ft, [...sub, n])]))
      );
      break;
    }
    case "set": {
      const elem = buildType(ctx, t["set"], sub);
      if (elem.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `set elements range over ${elem.size} values; at most ${MAX_ENUMERATED} are supported (one bit each)`
        );
      }
      out = new SetType(elem);
      break;
    }
    case "function": {
      const f = t["function"];
      if (!isRecordValue(f))
        return ctx.fail("MC_SPEC_INVALID", sub, "a function type is {function: {from: T, to: U}}");
      const dom = buildType(ctx, f["from"], [...sub, "from"]);
      const range2 = buildType(ctx, f["to"], [...sub, "to"]);
      if (dom.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          [...sub, "from"],
          `function domain has ${dom.size} values; at most ${MAX_ENUMERATED} are supported`
        );
      }
      out = new FunctionType(dom, range2);
      break;
    }
    case "seq": {
      const elem = buildType(ctx, t["seq"], sub);
      if (t["max_length"] === void 0) unbounded("seq without max_length");
      const n = ctx.bound(t["max_length"], [...path, "max_length"]);
      if (n < 0 || n > 1024)
        ctx.fail(
          "MC_SPEC_INVALID",
          [...path, "max_length"],
          "max_length must be between 0 and 1024"
        );
      out = new SeqType(elem, n);
      break;
    }
    default: {
      const alts = t["union"];
      if (!Array.isArray(alts) || alts.length === 0)
        return ctx.fail("MC_SPEC_INVALID", sub, "a union is a non-empty list of types");
      const types = alts.map((a, i) => buildType(ctx, a, [...sub, i]));
      out = new UnionType(types);
      if (out.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `a union has ${out.size} values; at most ${MAX_ENUMERATED} are supported`
        );
      }
      break;
    }
  }
  if (out.bits > 1 << 20)
    ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `type ${out.describe()} needs ${out.bits} bits per state; reduce the domains`
    );
  return out;
}

// action/gates/modelcheck/spec.ts
var MAX_STATE_BITS = 1 << 16;
function loadSpec(file, text3, options = {}) {
  const { source, problems } = parseYamlSource(file, text3);
  if (problems.length > 0) {
    const p = problems[0];
    throw new MaestroError(
      "MC_SPEC_UNPARSEABLE",
      `${file}:${p.line}:${p.column}: the spec is not valid YAML: ${p.message}`,
      { location: { file, line: p.line, column: p.column } }
    );
  }
  const raw = source.doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === void 0) {
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${file}: the spec is empty. Start from the example in docs/model-checking.md.`,
      {
        location: { file, line: 1, column: 1 }
      }
    );
  }
  const ctx = new SpecContext(source, options);
  if (isRecordValue(raw)) preflight(ctx, raw);
  const schemaProblems = problemsOf(validate, raw);
  if (schemaProblems.length > 0) {
    const best = [...schemaProblems].sort((x, y) => y.path.length - x.path.length)[0];
    const unknown2 = schemaProblems.find((p2) => p2.unknownKey !== void 0);
    const p = unknown2 ?? best;
    const pos = positionOf(source, p.path, p.unknownKey !== void 0);
    const allowed = p.allowed ? ` Allowed: ${p.allowed.join(", ")}.` : "";
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${file}:${pos.line}:${pos.column}: ${p.message} (schemas/spec.schema.json).${allowed}`,
      { location: { file, ...pos } }
    );
  }
  return build(ctx, raw);
}
function preflight(ctx, raw) {
  ctx.readConstants(raw["constants"]);
  ctx.readDefinitions(raw["definitions"]);
  const vars = raw["variables"];
  if (isRecordValue(vars)) {
    for (const [name, t] of Object.entries(vars)) buildType(ctx, t, ["variables", name]);
  }
}
function build(ctx, raw) {
  ctx.readConstants(raw.constants);
  ctx.readDefinitions(raw.definitions);
  let offset = 0;
  for (const [name, t] of Object.entries(raw.variables)) {
    if (ctx.constants.has(name))
      ctx.fail(
        "MC_SPEC_INVALID",
        ["variables", name],
        `\`${name}\` is both a constant and a variable`,
        true
      );
    if (ctx.defs.has(name))
      ctx.fail(
        "MC_SPEC_INVALID",
        ["variables", name],
        `\`${name}\` is both a definition and a variable`,
        true
      );
    const type = buildType(ctx, t, ["variables", name]);
    ctx.vars.push({ name, type, offset });
    offset += type.bits;
  }
  if (offset > MAX_STATE_BITS) {
    ctx.fail(
      "MC_SPEC_INVALID",
      ["variables"],
      `one state needs ${offset} bits; at most ${MAX_STATE_BITS} are supported. Shrink the domains.`
    );
  }
  const words = Math.max(1, Math.ceil(offset / 32));
  const init = compileInit(ctx, raw.init);
  const actions = compileActions(ctx, raw.actions);
  const { invariants, responses, constraints, invariantIds } = compileProperties(ctx, raw);
  const fairness = compileFairness(ctx, raw.fairness, actions);
  const properties = compileTemporal(ctx, raw.properties);
  return {
    name: raw.spec,
    file: ctx.file,
    critical: raw.critical ?? false,
    constraints,
    vars: ctx.vars,
    words,
    init,
    actions,
    invariants,
    responses,
    properties,
    fairness,
    deadlock: raw.deadlock ?? true,
    bounds: raw.bounds ?? {},
    slots: ctx.slots,
    invariantIds
  };
}

// action/gates/modelcheck/tlc-gate.ts
init_define_MAESTRO_CODE_DIGESTS();
import { existsSync as existsSync6 } from "node:fs";
import { relative as relative2, resolve as resolve2 } from "node:path";

// action/gates/modelcheck/tlc.ts
init_define_MAESTRO_CODE_DIGESTS();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join as join8 } from "node:path";

// action/gates/modelcheck/tlc-output.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/tla-value.ts
init_define_MAESTRO_CODE_DIGESTS();
function parseTlaValue(text3) {
  const p = new ValueParser(text3);
  try {
    const v = p.value();
    p.skip();
    return p.done() ? v : text3.trim();
  } catch {
    return text3.trim();
  }
}
function notAValue(what) {
  throw new MaestroError("MC_TLC_FAILED", `not a TLA+ value: ${what}`);
}
var MAX_INTERVAL = 1024;
var ValueParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  done() {
    return this.i >= this.s.length;
  }
  skip() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }
  eat(tok) {
    this.skip();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }
  expect(tok) {
    if (!this.eat(tok)) notAValue(`expected ${tok} at ${this.i}`);
  }
  value() {
    const left = this.atom();
    if (this.eat(":>")) {
      const entries = [[left, this.atom()]];
      while (this.eat("@@")) {
        const k = this.atom();
        this.expect(":>");
        entries.push([k, this.atom()]);
      }
      return fnJson(entries);
    }
    return left;
  }
  list(close) {
    const out = [];
    if (this.eat(close)) return out;
    do
      out.push(this.value());
    while (this.eat(","));
    this.expect(close);
    return out;
  }
  atom() {
    this.skip();
    const s = this.s;
    if (this.eat("<<")) return this.list(">>");
    if (this.eat("{")) return this.list("}");
    if (this.eat("(")) {
      const v = this.value();
      this.expect(")");
      return v;
    }
    if (this.eat("[")) {
      const out = {};
      if (this.eat("]")) return out;
      do {
        this.skip();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i));
        if (!m) notAValue(`expected a field name at ${this.i}`);
        this.i += m[0].length;
        this.expect("|->");
        out[m[0]] = this.value();
      } while (this.eat(","));
      this.expect("]");
      return out;
    }
    if (s[this.i] === '"') {
      let j = this.i + 1;
      let str3 = "";
      while (j < s.length && s[j] !== '"') {
        if (s[j] === "\\" && j + 1 < s.length) {
          const c = s[j + 1];
          str3 += c === "n" ? "\n" : c === "t" ? "	" : c;
          j += 2;
        } else str3 += s[j++];
      }
      if (j >= s.length) notAValue("unterminated string");
      this.i = j + 1;
      return str3;
    }
    const num2 = /^-?\d+/.exec(s.slice(this.i));
    if (num2) {
      this.i += num2[0].length;
      const lo = Number(num2[0]);
      if (this.eat("..")) {
        this.skip();
        const hi = /^-?\d+/.exec(s.slice(this.i));
        if (!hi) notAValue("expected an interval end");
        this.i += hi[0].length;
        const h = Number(hi[0]);
        if (h - lo + 1 > MAX_INTERVAL) return `${lo}..${h}`;
        const out = [];
        for (let k = lo; k <= h; k++) out.push(k);
        return out;
      }
      return lo;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i));
    if (word) {
      this.i += word[0].length;
      if (word[0] === "TRUE") return true;
      if (word[0] === "FALSE") return false;
      return word[0];
    }
    notAValue(`unexpected ${s[this.i] ?? "end"} at ${this.i}`);
  }
};
function fnJson(entries) {
  if (entries.every(([k]) => typeof k === "string" || typeof k === "number")) {
    const out = {};
    for (const [k, v] of entries) out[String(k)] = v;
    return out;
  }
  return entries.map(([k, v]) => ({ key: k, value: v }));
}

// action/gates/modelcheck/tlc-output.ts
var START = /^@!@!@STARTMSG (\d+):(\d+) @!@!@$/;
var END = /^@!@!@ENDMSG (\d+) @!@!@$/;
function parseTlcMessages(output, loose) {
  const out = [];
  let current;
  for (const line of output.split(/\r?\n/)) {
    const s = START.exec(line);
    if (s) {
      current = { code: Number(s[1]), klass: Number(s[2]), lines: [] };
      continue;
    }
    const e = END.exec(line);
    if (e && current !== void 0) {
      out.push({ code: current.code, klass: current.klass, body: current.lines.join("\n").trim() });
      current = void 0;
      continue;
    }
    if (current !== void 0) current.lines.push(line);
    else loose?.push(line);
  }
  return out;
}
function parseTlcState(lines) {
  const text3 = {};
  let name;
  for (const line of lines) {
    const m = /^(?:\/\\ )?([A-Za-z_][A-Za-z0-9_]*) = (.*)$/.exec(line);
    if (m && (line.startsWith("/\\ ") || name === void 0)) {
      name = m[1];
      text3[name] = m[2];
    } else if (name !== void 0 && line.trim() !== "") {
      text3[name] = `${text3[name]} ${line.trim()}`;
    }
  }
  const state = {};
  for (const [k, v] of Object.entries(text3)) state[k] = parseTlaValue(v);
  return state;
}
function traceState(body) {
  const lines = body.split("\n");
  const head = /^(\d+): <([^\s>]+)[^>]*>/.exec(lines[0] ?? "");
  const index = head ? Number(head[1]) : 0;
  const actionName = head?.[2] ?? null;
  return {
    index,
    action: actionName === null || actionName === "Initial" || index === 1 ? null : actionName,
    params: {},
    state: parseTlcState(lines.slice(1))
  };
}
function finishedMs(body) {
  const m = /Finished in ((?:\d+\s*(?:ms|min|h|s)\s*)+)/.exec(body);
  if (!m) return void 0;
  let ms = 0;
  for (const [, n, unit] of m[1].matchAll(/(\d+)\s*(ms|min|h|s)/g)) {
    const k = unit === "ms" ? 1 : unit === "s" ? 1e3 : unit === "min" ? 6e4 : 36e5;
    ms += Number(n) * k;
  }
  return ms;
}
function parseErrors(loose) {
  const keep = loose.map((l) => l.trim()).filter(
    (l) => l !== "" && !/^(Parsing file|Semantic processing of module|Linting of module|SANY finished|Starting\.\.\.|Finished in|TLC2 Version|Running |\*\*\* Errors:)/.test(
      l
    )
  );
  return [...new Set(keep)].slice(0, 20);
}
function parseTlcOutput(output) {
  const loose = [];
  const msgs = parseTlcMessages(output, loose);
  const report = { status: "ok", errors: [] };
  const trace = [];
  let violation2;
  let sawEnd = false;
  let parseFailed = false;
  const named = (body, re) => re.exec(body)?.[1];
  for (const m of msgs) {
    switch (m.code) {
      case 2107: {
        const [first = "", ...rest] = m.body.split("\n");
        trace.push({ index: 1, action: null, params: {}, state: parseTlcState(rest) });
        const property = named(first, /^Invariant (\S+) is violated/);
        violation2 = {
          kind: "invariant",
          ...property !== void 0 ? { property } : {},
          message: first.replace(/:$/, "."),
          trace
        };
        sawEnd = true;
        break;
      }
      case 2110:
      case 2111: {
        const property = named(m.body, /^(?:Action property|Invariant) (\S+) is violated/);
        violation2 = {
          kind: m.code === 2110 ? "invariant" : "action-property",
          ...property !== void 0 ? { property } : {},
          message: m.body,
          trace
        };
        break;
      }
      case 2114:
        violation2 = { kind: "deadlock", message: m.body, trace };
        break;
      case 2116: {
        const property = named(m.body, /^Temporal property (\S+) was violated/);
        violation2 = {
          kind: "liveness",
          ...property !== void 0 ? { property } : {},
          message: m.body,
          trace
        };
        break;
      }
      case 2217:
        trace.push(traceState(m.body));
        break;
      case 2218: {
        const last = trace[trace.length - 1];
        const index = Number(/^(\d+):/.exec(m.body)?.[1] ?? trace.length + 1);
        trace.push({
          index,
          action: null,
          params: {},
          state: last?.state ?? {},
          stuttering: true
        });
        break;
      }
      case 2122: {
        const b = /^(\d+): Back to state: <([^\s>]+)/.exec(m.body);
        const to = Number(b?.[1] ?? 1);
        trace.push({
          index: trace.length + 1,
          action: b?.[2] ?? null,
          params: {},
          state: trace[to - 1]?.state ?? {},
          back_to: to
        });
        break;
      }
      case 2199: {
        const s = /([\d,]+) states generated, ([\d,]+) distinct states found/.exec(m.body);
        if (s) {
          report.generated = Number(s[1].replace(/,/g, ""));
          report.distinct = Number(s[2].replace(/,/g, ""));
        }
        sawEnd = true;
        break;
      }
      case 2194: {
        const d = /depth of the complete state graph search is (\d+)/.exec(m.body);
        if (d) report.depth = Number(d[1]);
        break;
      }
      case 2186: {
        const ms = finishedMs(m.body);
        if (ms !== void 0) report.tlcMs = ms;
        break;
      }
      default:
        if (m.klass === 1 && m.code !== 2121 && m.code !== 2264) {
          if (m.code === 3002) parseFailed = true;
          if (violation2 === void 0) report.errors.push(m.body);
        }
    }
  }
  if (violation2 !== void 0) {
    report.status = "violation";
    report.violation = violation2;
  } else if (report.errors.length > 0 || !sawEnd) {
    report.status = "error";
    if (parseFailed) report.errors.push(...parseErrors(loose));
    if (!sawEnd && !parseFailed)
      report.errors.push(
        "TLC output has no final statistics (message 2199); the run did not finish"
      );
  }
  return report;
}

// action/gates/modelcheck/tlc.ts
var VIOLATION_EXIT = /* @__PURE__ */ new Set([10, 11, 12, 13]);
function tlcArgs(options, metaDir) {
  const lib = options.library ?? [];
  return [
    "-XX:+UseParallelGC",
    `-Djava.io.tmpdir=${metaDir}`,
    ...lib.length > 0 ? [`-DTLA-Library=${lib.join(delimiter)}`] : [],
    ...options.jvmArgs ?? [],
    "-cp",
    options.jar,
    "tlc2.TLC",
    "-tool",
    "-workers",
    String(options.workers ?? 1),
    "-metadir",
    join8(metaDir, "states"),
    "-config",
    options.config,
    options.spec
  ];
}
async function runTlc(options) {
  const clock = options.clock ?? (() => performance.now());
  const metaDir = mkdtempSync(join8(tmpdir(), "maestro-tlc-"));
  const started = clock();
  try {
    return await new Promise((resolvePromise, reject) => {
      const child = spawn(options.java, tlcArgs(options, metaDir), {
        cwd: options.cwd,
        stdio: ["ignore", "pipe", "pipe"],
        ...options.signal ? { signal: options.signal } : {}
      });
      let out = "";
      let err = "";
      let timedOut = false;
      const timer = options.timeMs !== void 0 ? setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, options.timeMs) : void 0;
      child.stdout.on("data", (d) => out += d.toString("utf8"));
      child.stderr.on("data", (d) => {
        if (err.length < 8192) err += d.toString("utf8");
      });
      child.on("error", (e) => {
        if (timer) clearTimeout(timer);
        reject(e);
      });
      child.on("close", (code3) => {
        if (timer) clearTimeout(timer);
        const report = parseTlcOutput(out);
        const run = {
          ...report,
          wallMs: clock() - started,
          exitCode: code3,
          timedOut,
          stderr: err.trim().slice(0, 2e3)
        };
        if (report.status === "ok" && code3 !== 0) {
          run.status = "error";
          run.errors.push(`TLC exited with code ${String(code3)}: ${run.stderr.slice(0, 500)}`);
        }
        if (report.status === "violation" && code3 !== null && !VIOLATION_EXIT.has(code3)) {
          run.errors.push(`TLC reported a violation but exited with code ${String(code3)}`);
        }
        resolvePromise(run);
      });
    });
  } finally {
    rmSync(metaDir, { recursive: true, force: true });
  }
}

// action/gates/modelcheck/tlc-gate.ts
var TLC_KIND = {
  invariant: "invariant",
  deadlock: "deadlock",
  liveness: "liveness",
  "action-property": "action-property"
};
async function checkTla(ctx, cfg, abs, file) {
  const jar = cfg.tlc?.jar !== void 0 ? resolve2(ctx.baseDir, cfg.tlc.jar) : void 0;
  const config = abs.replace(/\.tla$/, ".cfg");
  if (jar === void 0 || !existsSync6(jar)) {
    return failed(
      file,
      "MC_TLC_UNAVAILABLE",
      `${file}: TLC is enabled but tla2tools.jar is not available${jar ? ` at ${jar}` : " (set gates.modelcheck.tlc.jar)"}`
    );
  }
  if (!existsSync6(config))
    return failed(
      file,
      "MC_SPEC_INVALID",
      `${file}: no TLC model ${relative2(ctx.headDir, config)} beside the spec`
    );
  const library = (cfg.tlc?.library ?? []).map((p) => resolve2(ctx.baseDir, p));
  for (const [i, dir] of library.entries()) {
    if (!existsSync6(dir))
      return failed(
        file,
        "MC_TLC_UNAVAILABLE",
        `${file}: gates.modelcheck.tlc.library[${i}] (${cfg.tlc.library[i]}) does not exist`
      );
  }
  const timeSeconds = cfg.time_seconds ?? DEFAULT_TIME_SECONDS;
  let report;
  try {
    report = await runTlc({
      java: cfg.tlc?.java ?? "java",
      jar,
      spec: abs,
      config,
      cwd: ctx.headDir,
      library,
      workers: cfg.tlc?.workers ?? 1,
      timeMs: timeSeconds * 1e3,
      signal: ctx.signal
    });
  } catch (thrown) {
    if (ctx.signal.aborted)
      throw new MaestroError("GATE_TIMEOUT", `modelcheck: ${file}: TLC stopped by the time limit`);
    return failed(
      file,
      "MC_TLC_UNAVAILABLE",
      `${file}: could not run TLC: ${toError(thrown).message}`
    );
  }
  const distinct = report.distinct ?? 0;
  const generated2 = report.generated ?? 0;
  const seconds = Math.max(report.wallMs, 1) / 1e3;
  const stats = {
    distinct,
    generated: generated2,
    depth: report.depth ?? 0,
    durationMs: Math.round(report.wallMs),
    distinctPerSecond: Math.round(distinct / seconds),
    generatedPerSecond: Math.round(generated2 / seconds),
    collisionProbability: distinct ** 2 / 2 ** 65,
    bytesPerState: 0,
    stateWords: 0
  };
  if (report.timedOut && report.status !== "violation") {
    return toSpecOutcome({ spec: file, file, status: "bound", bound: "time", stats }, false, cfg);
  }
  if (report.status === "error")
    return failed(file, "MC_TLC_FAILED", `${file}: TLC failed: ${report.errors.join("; ")}`);
  if (report.status === "ok")
    return toSpecOutcome({ spec: file, file, status: "ok", stats }, false, cfg);
  const v = report.violation;
  const trace = v.trace;
  const loop = trace[trace.length - 1];
  const lasso = v.kind !== "liveness" || loop === void 0 ? "" : loop.stuttering === true ? ` (the behaviour then stutters in state ${trace.length - 1} forever)` : loop.back_to !== void 0 ? ` (the behaviour then loops back to state ${loop.back_to})` : "";
  return toSpecOutcome(
    {
      spec: file,
      file,
      status: "violation",
      stats,
      violation: {
        kind: TLC_KIND[v.kind],
        message: `TLC: ${v.message.replace(/\s+/g, " ").trim()}${lasso}`,
        location: { file },
        trace
      }
    },
    false,
    cfg
  );
}

// action/gates/modelcheck/index.ts
function createModelcheckGate(options = {}) {
  return {
    name: "modelcheck",
    version: MODELCHECK_VERSION,
    requiredInputs(ctx) {
      const cfg = ctx.gateConfig ?? {};
      return (cfg.specs ?? ["specs"]).map((p, i) => ({
        path: resolve3(ctx.headDir, p),
        description: "spec path",
        configKey: `gates.modelcheck.specs[${i}]`
      }));
    },
    run: (ctx) => runModelcheck(ctx, options)
  };
}
async function runModelcheck(ctx, options) {
  const cfg = ctx.gateConfig ?? {};
  const tlc = cfg.tlc?.enabled === true;
  const files = (cfg.specs ?? ["specs"]).flatMap((p) => listSpecs(ctx.headDir, p, tlc));
  if (files.length === 0) {
    throw new MaestroError(
      "MC_NO_SPECS",
      `no spec (*.yaml) found under ${(cfg.specs ?? ["specs"]).join(", ")}; add a spec or disable gates.modelcheck`
    );
  }
  let invariants;
  const invariantIndex = () => invariants ??= loadInvariantIndex(
    resolve3(ctx.baseDir, cfg.invariants_dir ?? "invariants"),
    ctx.baseDir
  );
  const cache = ctx.cacheDir !== void 0 ? new ResultCache(ctx.cacheDir, {
    gate: "modelcheck",
    ...(ctx.cacheSecret ?? options.cacheSecret) !== void 0 ? { secret: ctx.cacheSecret ?? options.cacheSecret } : {},
    validate: isSpecOutcome,
    // Unsigned entries are reused only when they cannot let a run pass.
    reuseUnsigned: (v) => v.decision === "STOPPED",
    now: ctx.now
  }) : void 0;
  const results = [];
  const digests = {};
  const notes = [];
  for (const abs of files) {
    if (ctx.signal.aborted)
      throw new MaestroError("GATE_TIMEOUT", "modelcheck: aborted (time limit)");
    const file = relative3(ctx.headDir, abs);
    if (abs.endsWith(".tla")) {
      results.push(await checkTla(ctx, cfg, abs, file));
      continue;
    }
    let text3;
    try {
      text3 = readFileSync3(abs, "utf8");
    } catch (thrown) {
      results.push(
        failed(
          file,
          "MC_SPEC_UNREADABLE",
          `${file}: cannot read the spec: ${toError(thrown).message}`
        )
      );
      continue;
    }
    digests[file] = sha256(text3);
    let model;
    const specInvariants = referencesInvariants(text3) ? invariantIndex() : /* @__PURE__ */ new Map();
    try {
      model = loadSpec(file, text3, { invariants: specInvariants });
    } catch (thrown) {
      if (thrown instanceof MaestroError && thrown.code.startsWith("INV_")) throw thrown;
      if (thrown instanceof MaestroError) {
        results.push(failed(file, thrown.code, thrown.message, thrown.location));
        continue;
      }
      throw thrown;
    }
    const critical = criticalFromBase(ctx, file, model.critical);
    const bounds = {
      max_states: model.bounds.max_states ?? cfg.max_states ?? DEFAULT_MAX_STATES,
      max_depth: model.bounds.max_depth ?? cfg.max_depth,
      time_seconds: model.bounds.time_seconds ?? cfg.time_seconds ?? DEFAULT_TIME_SECONDS
    };
    const key = cache?.key({
      spec_file: file,
      spec: sha256(text3),
      invariants: model.invariantIds.map((id) => {
        const inv = invariantIndex().get(id);
        return {
          id,
          severity: inv.severity,
          title: inv.title ?? null,
          asserts: inv.asserts.map((a) => ({ expr: a.expr, message: a.message ?? null }))
        };
      }),
      bounds,
      critical,
      critical_bound_action: cfg.critical_bound_action ?? "PAUSE_FOR_HITL",
      bound_action: cfg.bound_action ?? "PAUSE_FOR_HITL"
    });
    if (cache !== void 0 && key !== void 0) {
      const hit = cache.get(key);
      if (hit.hit) {
        results.push({ ...hit.value, reused: true });
        continue;
      }
      if (hit.reason !== "no entry") notes.push(`${file}: cache ${hit.reason}`);
    }
    const workers = model.bounds.workers ?? cfg.workers ?? 1;
    if (workers > 1 && needsStateGraph(model))
      notes.push(
        `${file}: searched with one worker: responses and temporal properties need the whole state graph`
      );
    const r = await checkParallel(model, {
      workers,
      source: { file, text: text3, invariants: specInvariants },
      maxStates: bounds.max_states,
      ...bounds.max_depth !== void 0 ? { maxDepth: bounds.max_depth } : {},
      timeMs: bounds.time_seconds * 1e3,
      signal: ctx.signal,
      progress: ctx.progress
    });
    if (r.status === "aborted")
      throw new MaestroError(
        "GATE_TIMEOUT",
        `modelcheck: ${file}: search aborted by the time limit`
      );
    const out = toSpecOutcome(r, critical, cfg);
    results.push(out);
    if (cache !== void 0 && key !== void 0 && r.bound !== "time") {
      const put = cache.put(key, out);
      if (!put.ok) notes.push(`${file}: result not cached: ${put.reason}`);
    }
  }
  return combine(results, digests, notes);
}

// action/gates/ope/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream2, existsSync as existsSync7, readFileSync as readFileSync4 } from "node:fs";
import { isAbsolute, join as join9, normalize } from "node:path";
var OPE_GATE_VERSION = "2";
function sectionOf2(ctx) {
  const raw = ctx.gateConfig;
  if (raw === null || typeof raw !== "object" || !Array.isArray(raw.policies) || !Array.isArray(raw.arms) || raw.data === void 0)
    throw new MaestroError(
      "OPE_DATA_UNREADABLE",
      "`gates.ope` needs `policies`, `arms` and `data` (see schemas/maestro-config.schema.json)."
    );
  return raw;
}
function inside(rel, key) {
  const n = normalize(rel);
  if (isAbsolute(rel) || n.split(/[\\/]/)[0] === "..")
    throw new MaestroError(
      "OPE_DATA_UNREADABLE",
      `\`${key}\` (${rel}) must be a path inside the repository.`
    );
  return n;
}
async function fileDigest(abs) {
  const h = createHash3("sha256");
  for await (const chunk of createReadStream2(abs)) h.update(chunk);
  return `sha256:${h.digest("hex")}`;
}
function readPolicyText(abs, file, side) {
  if (!existsSync7(abs))
    throw new MaestroError(
      "OPE_POLICY_UNREADABLE",
      `${file}: the routing policy does not exist at the ${side} (${side === "base" ? "a new policy has no baseline to compare against" : "the pull request deletes it"}). Add it in its own pull request first, or remove it from gates.ope.policies.`,
      { location: { file } }
    );
  try {
    return readFileSync4(abs, "utf8");
  } catch (thrown) {
    throw new MaestroError(
      "OPE_POLICY_UNREADABLE",
      `${file}: the routing policy could not be read at the ${side}.`,
      {
        cause: thrown,
        location: { file }
      }
    );
  }
}
var RANK = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };
async function runOpeGate(ctx, options = {}) {
  const cfg = sectionOf2(ctx);
  const settings = resolveSettings(cfg);
  if (settings.costBudget !== void 0 && cfg.data.cost === void 0)
    throw new MaestroError(
      "OPE_DATA_UNREADABLE",
      "`gates.ope.cost_budget` is set but `gates.ope.data.cost` names no cost field."
    );
  const dataRel = inside(cfg.data.path, "gates.ope.data.path");
  const changed = new Set((ctx.changedFiles ?? []).map((f) => f.path));
  const targets = [];
  cfg.policies.forEach((p, i) => {
    const file = inside(p, `gates.ope.policies[${i}]`).split("\\").join("/");
    const base = join9(ctx.baseDir, file);
    const head = join9(ctx.headDir, file);
    const differs = existsSync7(base) !== existsSync7(head) || existsSync7(base) && !readFileSync4(base).equals(readFileSync4(head));
    if (changed.has(file) || differs) targets.push({ file, base, head });
  });
  const configDigest = sha256Json(cfg);
  if (targets.length === 0) {
    const message = `Not applicable: the pull request changes none of the routing policies in gates.ope.policies (${cfg.policies.join(", ")}).`;
    return outcome("RUN", "OPE_NOT_APPLICABLE", [{ level: "note", message }], {
      summary: message,
      inputs_digest: sha256Json({ configDigest, policies: cfg.policies }),
      report: { applicable: false, reason: message, evaluations: [] }
    });
  }
  const dataAbs = join9(ctx.baseDir, dataRel);
  const dataDigest = await fileDigest(dataAbs);
  const evaluations = [];
  const findings = [];
  const cards = [];
  const summaries = [];
  let decision = "RUN";
  let code3 = "OK";
  const toolchain = options.toolchain ?? NO_OPA_TOOLCHAIN;
  let opa;
  for (const t of targets) {
    const baseText = readPolicyText(t.base, t.file, "base");
    const headText = readPolicyText(t.head, t.file, "head");
    const load = {
      arms: settings.arms,
      contextFields: cfg.data.context,
      resolveOpa: () => opa ??= toolchain.resolve({ pin: {}, progress: ctx.progress, signal: ctx.signal }),
      signal: ctx.signal
    };
    const baseline = await loadRoutingPolicy(baseText, t.file, `${t.file} (base)`, load);
    const candidate = await loadRoutingPolicy(headText, t.file, `${t.file} (head)`, load);
    ctx.progress(`ope: evaluating ${t.file} on ${dataRel}`);
    const { report } = await evaluate({
      data: { abs: dataAbs, file: dataRel, schema: cfg.data },
      baseline,
      candidate,
      settings,
      signal: ctx.signal,
      progress: ctx.progress
    });
    const evidence = {
      baseline_policy: sha256(baseText),
      candidate_policy: sha256(headText),
      logged_data: dataDigest
    };
    report.policy = {
      file: t.file,
      baseline_sha256: evidence.baseline_policy,
      candidate_sha256: evidence.candidate_policy
    };
    const verdict = decide(report, settings.diagnostics, t.file, evidence);
    evaluations.push(report);
    findings.push(...verdict.findings);
    cards.push(verdict.card);
    summaries.push(verdict.summary);
    if (RANK[verdict.decision] > RANK[decision] || RANK[verdict.decision] === RANK[decision] && code3 === "OK") {
      decision = verdict.decision;
      code3 = verdict.reason_code;
    }
  }
  return outcome(decision, code3, findings, {
    summary: summaries.join(" | "),
    cards,
    inputs_digest: sha256Json({
      configDigest,
      dataDigest,
      policies: evaluations.map((e) => e.policy)
    }),
    report: { applicable: true, evaluations }
  });
}
function createOpeGate(options = {}) {
  return {
    name: "ope",
    version: OPE_GATE_VERSION,
    requiredInputs(ctx) {
      const cfg = sectionOf2(ctx);
      return [
        {
          path: join9(ctx.baseDir, inside(cfg.data.path, "gates.ope.data.path")),
          description: "logged data file (read from the base branch)",
          configKey: "gates.ope.data.path"
        }
      ];
    },
    run: (ctx) => runOpeGate(ctx, options)
  };
}

// action/gates/registry.ts
function allGates(deps = {}) {
  const gates = [];
  gates.push(createInvariantsGate());
  gates.push(createModelcheckGate());
  gates.push(createOpeGate(deps.opaToolchain ? { toolchain: deps.opaToolchain } : {}));
  gates.push(createOpaGate(deps.opaToolchain ? { toolchain: deps.opaToolchain } : {}));
  return gates;
}

// action/gates/worker-services.ts
init_define_MAESTRO_CODE_DIGESTS();
var OPA_RESOLVE = "opa.toolchain.resolve";
function gateServices(deps) {
  const toolchain = deps?.opaToolchain;
  if (!toolchain) return {};
  return {
    services: {
      [OPA_RESOLVE]: async (request, { progress, signal }) => {
        const { pin } = request;
        const binary = await toolchain.resolve({ pin, progress, signal });
        return { ...binary };
      }
    }
  };
}

// action/gates/tamper/index.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/tamper/material.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_picomatch3 = __toESM(require_picomatch(), 1);
var DEFAULT_CONFIG_FILE = ".github/maestro.yml";
var DEFAULT_GATE_MATERIAL = [
  ".github/maestro.yml",
  ".github/maestro.yaml",
  ".github/workflows/**",
  "policies/**",
  "invariants/**",
  "specs/**"
];
function norm(p) {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function gateMaterialPatterns(material = {}) {
  const patterns = new Set(DEFAULT_GATE_MATERIAL);
  if (material.configFile !== void 0) patterns.add(norm(material.configFile));
  for (const dir of material.dirs ?? []) {
    const d = norm(dir);
    if (d === "" || d === ".") patterns.add("**");
    else {
      patterns.add(d);
      patterns.add(`${d}/**`);
    }
  }
  for (const glob of material.globs ?? []) patterns.add(norm(glob));
  return [...patterns];
}
function detectGateTamper(changed, material = {}) {
  const matchers = gateMaterialPatterns(material).map((pattern) => ({
    pattern,
    test: (0, import_picomatch3.default)(pattern, { dot: true })
  }));
  const hits = [];
  for (const file of changed) {
    if (file.status === "unchanged") continue;
    for (const path of [file.path, file.previous_path]) {
      if (path === void 0) continue;
      const p = norm(path);
      const hit = matchers.find((m) => m.test(p));
      if (hit !== void 0) {
        hits.push({ path: p, pattern: hit.pattern, status: file.status });
        break;
      }
    }
  }
  return hits;
}
var MATERIAL_KEY = /^(paths?|polic(y|ies)|specs?|data|invariants|routing_polic(y|ies)|[a-z_]*_(paths?|polic(y|ies)|specs?))$/;
function configuredMaterial(gates) {
  const out = /* @__PURE__ */ new Set();
  const visit2 = (value, key, depth) => {
    if (depth > 4) return;
    if (typeof value === "string") {
      if (key !== void 0 && MATERIAL_KEY.test(key) && value !== "") out.add(value);
    } else if (Array.isArray(value)) {
      for (const item2 of value) visit2(item2, key, depth + 1);
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit2(v, k, depth + 1);
    }
  };
  for (const section of Object.values(gates)) visit2(section, void 0, 0);
  return [...out].sort();
}

// action/gates/tamper/index.ts
var TAMPER_GATE_VERSION = "1";
var DEFAULT_TAMPER_APPROVALS = 2;
function approvalsFor(ctx) {
  const opa = ctx.config.gates["opa"];
  const risk = opa !== null && typeof opa === "object" ? opa.risk : void 0;
  const n = risk !== null && typeof risk === "object" ? risk.high_requires : void 0;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 ? n : DEFAULT_TAMPER_APPROVALS;
}
function runTamperCheck(ctx) {
  const configFile = ctx.configPath ?? DEFAULT_CONFIG_FILE;
  const dirs = configuredMaterial(ctx.config.gates);
  const globs = ctx.config.gate_material ?? [];
  const patterns = gateMaterialPatterns({ configFile, dirs, globs });
  const inputs_digest = sha256Json({ patterns, changed: ctx.changedFiles ?? null });
  if (ctx.changedFiles === void 0) {
    return outcome(
      "RUN",
      "OK",
      [
        {
          level: "note",
          rule: "tamper:unknown-changes",
          message: "tamper: the changed files are unknown (no base to compare with), so the gate-material check did not run. Pass a base (`--base REF`) to check a pull request."
        }
      ],
      {
        summary: "no base to compare with: gate material not checked",
        inputs_digest,
        report: { patterns }
      }
    );
  }
  const hits = detectGateTamper(ctx.changedFiles, { configFile, dirs, globs });
  const findings = hits.map((t) => ({
    level: "warning",
    rule: "tamper:gate-material",
    file: t.path,
    message: `${t.path} is gate material (matches \`${t.pattern}\`, ${t.status}): changes to the gate's own configuration, policies, invariants, specs or workflows need the owners' approval.`
  }));
  const report = { patterns, tamper: hits };
  if (hits.length === 0) {
    return outcome("RUN", "OK", findings, {
      summary: "the pull request changes no gate material",
      inputs_digest,
      report
    });
  }
  const owners = ctx.config.owners ?? [];
  if (owners.length === 0) {
    findings.push({
      level: "warning",
      rule: "tamper:gate-material",
      file: configFile,
      message: `tamper: gate material changed but no \`owners\` are configured; set \`owners\` in ${configFile} so someone can approve.`
    });
  }
  return outcome("PAUSE_FOR_HITL", "GATE_TAMPER_SUSPECTED", findings, {
    summary: `the pull request changes gate material (${hits.map((t) => t.path).join(", ")}); the owners must approve`,
    inputs_digest,
    report,
    required_approvals: approvalsFor(ctx),
    approver_groups: [...owners]
  });
}
function createTamperGate() {
  return {
    name: "tamper",
    version: TAMPER_GATE_VERSION,
    isolation: "in-process",
    run: runTamperCheck
  };
}

// action/util/snapshot.ts
init_define_MAESTRO_CODE_DIGESTS();
import { execFileSync } from "node:child_process";
import { mkdtempSync as mkdtempSync2, readdirSync as readdirSync2, readFileSync as readFileSync5, realpathSync, statSync as statSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute as isAbsolute2, join as join10, relative as relative4, resolve as resolve4, sep as sep2 } from "node:path";

// node_modules/diff/libesm/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/diff/libesm/diff/base.js
init_define_MAESTRO_CODE_DIGESTS();
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
init_define_MAESTRO_CODE_DIGESTS();
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// action/util/snapshot.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".maestro"]);
function listFiles(dir) {
  const out = [];
  const walk = (abs) => {
    for (const entry of readdirSync2(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join10(abs, entry.name));
      } else if (entry.isFile()) {
        out.push(relative4(dir, join10(abs, entry.name)).split(sep2).join("/"));
      }
    }
  };
  walk(dir);
  return out.sort();
}
function countLines(text3) {
  if (text3 === "") return 0;
  return text3.split("\n").length - (text3.endsWith("\n") ? 1 : 0);
}
function diffSnapshots(baseDir, headDir) {
  const base = new Set(listFiles(baseDir));
  const head = new Set(listFiles(headDir));
  const changed = [];
  for (const path of [.../* @__PURE__ */ new Set([...base, ...head])].sort()) {
    const inBase = base.has(path);
    const inHead = head.has(path);
    if (inBase && inHead) {
      const a = readFileSync5(join10(baseDir, path));
      const b = readFileSync5(join10(headDir, path));
      if (a.equals(b)) continue;
      let additions = 0;
      let deletions = 0;
      for (const part of diffLines(a.toString("utf8"), b.toString("utf8"))) {
        if (part.added) additions += part.count;
        else if (part.removed) deletions += part.count;
      }
      changed.push({ path, status: "modified", additions, deletions });
    } else if (inHead) {
      changed.push({
        path,
        status: "added",
        additions: countLines(readFileSync5(join10(headDir, path), "utf8")),
        deletions: 0
      });
    } else {
      changed.push({
        path,
        status: "removed",
        additions: 0,
        deletions: countLines(readFileSync5(join10(baseDir, path), "utf8"))
      });
    }
  }
  return changed;
}
var BASE_DIR_PREFIX = "dir:";
function inside2(child, parent) {
  const rel = relative4(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function resolveBase(base, headDir) {
  if (base.startsWith(BASE_DIR_PREFIX))
    return resolveBaseDir(base.slice(BASE_DIR_PREFIX.length), headDir);
  if (base === "" || base.startsWith("-") || /[\s\p{Cc}]/u.test(base)) {
    throw new MaestroError(
      "BASE_SNAPSHOT_UNAVAILABLE",
      `base "${base}": not a valid git ref. Name a branch, tag or commit of the checkout (e.g. origin/main), or a directory as dir:PATH (CLI: --base-dir PATH).`
    );
  }
  let sha;
  try {
    sha = execFileSync(
      "git",
      ["-C", headDir, "rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }
    ).trim();
  } catch (thrown) {
    throw new MaestroError(
      "BASE_SNAPSHOT_UNAVAILABLE",
      `base ${base}: not a git ref of ${headDir}. Pass a ref such as origin/main (fetch it first), or a directory holding the base snapshot as dir:PATH (CLI: --base-dir PATH). A base is never looked up as a path inside the checkout.`,
      { cause: thrown }
    );
  }
  const dir = mkdtempSync2(join10(tmpdir2(), "maestro-base-"));
  try {
    const archive = execFileSync("git", ["-C", headDir, "archive", "--format=tar", sha], {
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "pipe"]
    });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  } catch (thrown) {
    throw new MaestroError(
      "BASE_SNAPSHOT_UNAVAILABLE",
      `base ${base} (${sha}): cannot extract it from ${headDir} (${describeThrown(thrown).split("\n")[0]}).`,
      { cause: thrown }
    );
  }
  return dir;
}
function resolveBaseDir(path, headDir) {
  const abs = resolve4(path);
  let real;
  try {
    if (!statSync2(abs).isDirectory())
      throw new MaestroError("BASE_SNAPSHOT_UNAVAILABLE", "not a directory");
    real = realpathSync(abs);
  } catch (thrown) {
    throw new MaestroError(
      "BASE_SNAPSHOT_UNAVAILABLE",
      `base directory ${abs}: ${describeThrown(thrown)}. Pass a directory holding the base snapshot.`,
      { cause: thrown }
    );
  }
  const head = realpathSync(headDir);
  if (inside2(real, head)) {
    throw new MaestroError(
      "BASE_SNAPSHOT_UNAVAILABLE",
      `base directory ${abs} lies inside the checkout being gated (${head}): the pull request could write it. Put the base snapshot outside the checkout, or name a git ref.`
    );
  }
  return real;
}

// action/pipeline/run-gates.ts
function entryFor(result) {
  return {
    layer: result.gate,
    decision: result.decision,
    reason_code: result.reason_code,
    sealed: result.sealed,
    overrideable: result.overrideable,
    final_decider: result.final_decider,
    details: {
      summary: result.summary,
      inputs_digest: result.inputs_digest,
      duration_ms: result.duration_ms,
      reused: result.reused ?? false,
      findings: result.findings.slice(0, 50).map((f) => ({ message: f.message, file: f.file, line: f.line, rule: f.rule })),
      findings_total: result.findings.length,
      report: result.report
    }
  };
}
function timeoutFor(config, gate) {
  const seconds = config.timeouts?.[`${gate}_seconds`] ?? config.timeouts?.default_seconds;
  return seconds === void 0 ? DEFAULT_GATE_TIMEOUT_MS : Math.round(seconds * 1e3);
}
var RUN_FILE = "gate-run.json";
async function runGates(opts) {
  const now = opts.now ?? (() => /* @__PURE__ */ new Date());
  const progress = opts.progress ?? (() => void 0);
  const headDir = resolve5(opts.headDir);
  const baseDir = resolve5(opts.baseDir ?? opts.headDir);
  const evidenceDir = resolve5(opts.evidenceDir);
  const configRel = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const configAbs = isAbsolute3(configRel) ? configRel : join11(baseDir, configRel);
  const header = {
    run_id: opts.runId ?? randomUUID(),
    started_at: now().toISOString(),
    head_dir: headDir,
    base_dir: baseDir,
    config_file: configRel
  };
  mkdirSync(evidenceDir, { recursive: true });
  const auditPath = join11(evidenceDir, "audit.jsonl");
  const runPath = join11(evidenceDir, RUN_FILE);
  const audit = AuditLog.open(auditPath, header.run_id, now);
  const results = [];
  let auditFailure;
  const record = (entry) => {
    if (auditFailure) return;
    try {
      audit.append(entry);
    } catch (thrown) {
      auditFailure = thrown instanceof MaestroError ? thrown : new MaestroError("AUDIT_WRITE_FAILED", `audit log: ${describeThrown(thrown)}`, {
        cause: thrown
      });
    }
  };
  const add = (result) => {
    results.push(result);
    record(entryFor(result));
  };
  progress(`loading ${configRel}`);
  const loaded = loadConfig(configAbs, configRel);
  if (!loaded.ok) {
    add(
      stoppedResult("config", loaded.code, loaded.findings[0]?.message ?? loaded.code, {
        findings: loaded.findings
      })
    );
  } else {
    const config = loaded.config;
    record(
      entryFor({
        gate: "config",
        decision: "RUN",
        reason_code: "OK",
        sealed: false,
        overrideable: false,
        final_decider: "SYSTEM",
        findings: [],
        inputs_digest: sha256(loaded.text),
        duration_ms: 0,
        summary: `${configRel} is valid`
      })
    );
    let changedFiles = opts.changedFiles;
    if (changedFiles === void 0 && baseDir !== headDir) {
      progress("comparing base and head snapshots");
      changedFiles = diffSnapshots(baseDir, headDir);
    }
    const configured = allGates(opts.gateDeps).filter((g) => gateEnabled(config, g.name));
    const gates = opts.gates ?? (configured.length > 0 ? [createTamperGate(), ...configured] : []);
    const isolation = opts.gates === void 0 && opts.isolation !== "in-process" ? {
      ...isolationFor(import.meta.url, opts.gateMemoryMb ?? DEFAULT_GATE_MEMORY_MB),
      ...gateServices(opts.gateDeps)
    } : void 0;
    for (const gate of gates) {
      if (auditFailure) break;
      progress(`running gate ${gate.name}`);
      add(
        await runGate(gate, {
          headDir,
          baseDir,
          gateConfig: config.gates[gate.name],
          configPath: configRel,
          config,
          priorResults: [...results],
          ...changedFiles ? { changedFiles } : {},
          ...opts.pr ? { pr: opts.pr } : {},
          ...opts.cacheDir ? { cacheDir: resolve5(opts.cacheDir) } : {},
          ...opts.cacheSecret ? { cacheSecret: opts.cacheSecret } : {},
          now,
          progress: (line) => progress(`${gate.name}: ${line}`),
          timeoutMs: timeoutFor(config, gate.name),
          ...isolation ? { isolation } : {}
        })
      );
    }
    if (gates.length === 0) {
      add(
        stoppedResult(
          "config",
          "NO_GATES_ENABLED",
          `${configRel}: no gate is enabled, so nothing would be checked. Add at least one section under \`gates:\`.`
        )
      );
    }
  }
  if (loaded.ok && !auditFailure && opts.finalRows)
    for (const row of opts.finalRows(loaded.config)) add(row);
  const auditStop = () => stoppedResult("audit", auditFailure.code, auditFailure.message);
  const settle = (run) => {
    let settled = auditFailure ? withGateResult(run, auditStop()) : run;
    if (!auditFailure) {
      record(verdictEntry(settled));
      if (auditFailure) settled = withGateResult(settled, auditStop());
    }
    settled.evidence = { ...settled.evidence, audit_head: audit.head };
    return settled;
  };
  return {
    run: settle(
      buildRun(header, results, {
        dir: evidenceDir,
        audit_log: auditPath,
        audit_head: audit.head,
        files: [auditPath, runPath]
      })
    ),
    ...loaded.ok ? { configText: loaded.text } : {},
    auditPath,
    runPath,
    evidenceDir,
    replace: (run, result) => {
      record(entryFor(result));
      return settle(withGateResult(run, result));
    },
    writeRun: (run) => writeFileSync(runPath, `${JSON.stringify(run, null, 2)}
`)
  };
}
function verdictEntry(run) {
  const verdict = run.verdict;
  return {
    layer: "verdict",
    decision: verdict.decision,
    reason_code: verdict.decision === "PAUSE_FOR_HITL" ? "HITL_REQUESTED" : verdict.reason_codes[0] ?? "GATE_ERROR",
    sealed: verdict.sealed,
    overrideable: verdict.overrideable,
    final_decider: "SYSTEM",
    details: {
      reason_codes: verdict.reason_codes,
      required_approvals: verdict.required_approvals,
      approver_groups: verdict.approver_groups
    }
  };
}

// action/pipeline.ts
var UNSIGNED_LOCAL = {
  mode: "none",
  reason: "no signing was arranged for this run (pass --signing-key FILE or --ephemeral-key, or run in Actions with id-token: write)"
};
async function runPipeline(opts) {
  const now = opts.now ?? (() => /* @__PURE__ */ new Date());
  const progress = opts.progress ?? (() => void 0);
  const signing = opts.signing ?? UNSIGNED_LOCAL;
  let evidenceConfig;
  let evidenceOn = false;
  const policy = () => ({
    baseRef: opts.baseRef ?? "local",
    ...evidenceConfig ? { config: evidenceConfig } : {},
    ...opts.branchProtected !== void 0 ? { branchProtected: opts.branchProtected } : {}
  });
  const phase = await runGates({
    ...opts,
    finalRows: (config) => {
      evidenceConfig = config["evidence"];
      evidenceOn = evidenceConfig?.enabled !== false;
      if (!evidenceOn) return [];
      const plan = signing.mode === "none" ? { mode: "none", reason: signing.reason } : { mode: signing.mode };
      return [evidenceGateResult(plan, policy())];
    }
  });
  let run = phase.run;
  if (!evidenceOn) {
    phase.writeRun(run);
    return { run };
  }
  progress("writing and signing the evidence");
  const out = await writeEvidence({
    run,
    auditLogPath: phase.auditPath,
    evidenceDir: phase.evidenceDir,
    env: opts.evidenceEnv ?? evidenceEnvFromVariables({}),
    signing,
    ...opts.headSha ? { headSha: opts.headSha } : {},
    // The binding in the signed verdict: the pull request and the configuration it ran under.
    ...opts.pr ? {
      pullRequest: {
        number: opts.pr.number,
        baseRef: opts.pr.base.ref,
        baseSha: opts.pr.base.sha
      }
    } : {},
    ...phase.configText !== void 0 ? { configSha256: sha256(phase.configText) } : {},
    now,
    ...policy()
  });
  if (out.gateResult && out.gateResult.reason_code !== "EVIDENCE_UNSIGNED") {
    run = phase.replace(run, out.gateResult);
    phase.writeRun(run);
  } else if (!out.files.includes(phase.runPath)) {
    phase.writeRun(run);
  }
  const evidence = run.evidence;
  evidence.files.push(...out.files.filter((f) => !evidence.files.includes(f)));
  evidence.signed = out.signed;
  evidence.signing_mode = out.signingMode;
  evidence.bundle = out.bundlePath;
  if (out.unsignedReason !== void 0) evidence.unsigned_reason = out.unsignedReason;
  return { run, evidence: out };
}

// action/render/outcome.ts
init_define_MAESTRO_CODE_DIGESTS();
var DEFAULT_FAIL_ON = "paused";
function decideOutcome(decision, failOn = DEFAULT_FAIL_ON, publishFailed = false) {
  switch (decision) {
    case "RUN":
      return { exitCode: 0, failure: publishFailed ? "publish" : void 0 };
    case "PAUSE_FOR_HITL":
      return {
        exitCode: 2,
        failure: failOn === "paused" ? "verdict" : publishFailed ? "publish" : void 0
      };
    case "STOPPED":
    case void 0:
      return { exitCode: 1, failure: "verdict" };
  }
}
function isFailOn(value) {
  return value === "paused" || value === "stopped";
}

// action/render/registry.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/render/annotations.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/render/escape.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_escape_html = __toESM(require_escape_html(), 1);

// node_modules/mdast-util-gfm/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm-autolink-literal/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/micromark-util-character/index.js
init_define_MAESTRO_CODE_DIGESTS();
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEndingOrSpace(code3) {
  return code3 !== null && (code3 < 0 || code3 === 32);
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check2;
  function check2(code3) {
    return code3 !== null && code3 > -1 && regex.test(String.fromCharCode(code3));
  }
}

// node_modules/unist-util-visit-parents/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/unist-util-visit-parents/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/unist-util-is/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/unist-util-is/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check2) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value, index, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function ok() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
init_define_MAESTRO_CODE_DIGESTS();
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check2);
  const step2 = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check2 || is2(node2, index, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult2(enter(node2, parents, index));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step2;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step2;
          }
        }
      }
      if (exit && matches) {
        const exitResult = toResult2(exit(node2, parents, index));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult2(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]{3}",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[PSps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}

// node_modules/mdast-util-gfm-footnote/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm-footnote/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
footnoteReference.peek = footnoteReferencePeek;
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move("[^");
  const exit = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value })
  );
  subexit();
  exit();
  value += tracker.move("]");
  return value;
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node2, _, state, info) {
    const tracker = state.createTracker(info);
    let value = tracker.move("[^");
    const exit = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value += tracker.move(
      state.safe(state.associationId(node2), { before: value, after: "]" })
    );
    subexit();
    value += tracker.move("]:");
    if (node2.children && node2.children.length > 0) {
      tracker.shift(4);
      value += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node2, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit();
    return value;
  }
}
function mapExceptFirst(line, index, blank) {
  return index === 0 ? line : mapAll(line, index, blank);
}
function mapAll(line, index, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit = state.enter("strikethrough");
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value,
    after: "~"
  });
  value += tracker.move(sequence);
  exit();
  return value;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-table/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm-table/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/markdown-table/index.js
init_define_MAESTRO_CODE_DIGESTS();
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code3 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code3;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code3 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code3 === 99) {
      before = ":";
      after = ":";
    } else if (code3 === 108) {
      before = ":";
    } else if (code3 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code3 = alignments[columnIndex];
        if (code3 === 114) {
          before = " ".repeat(size);
        } else if (code3 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code3 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code3 === 67 || code3 === 99 ? 99 : code3 === 76 || code3 === 108 ? 108 : code3 === 82 || code3 === 114 ? 114 : 0;
}

// node_modules/mdast-util-to-markdown/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-phrasing/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-phrasing/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/zwitch/index.js
init_define_MAESTRO_CODE_DIGESTS();
var own = {}.hasOwnProperty;
function zwitch(key, options) {
  const settings = options || {};
  function one2(value, ...parameters) {
    let fn = one2.invalid;
    const handlers = one2.handlers;
    if (value && own.call(value, key)) {
      const id = String(value[key]);
      fn = own.call(handlers, id) ? handlers[id] : one2.unknown;
    }
    if (fn) {
      return fn.call(this, value, ...parameters);
    }
  }
  one2.handlers = settings.handlers || {};
  one2.invalid = settings.invalid;
  one2.unknown = settings.unknown;
  return one2;
}

// node_modules/mdast-util-to-markdown/lib/configure.js
init_define_MAESTRO_CODE_DIGESTS();
var own2 = {}.hasOwnProperty;
function configure(base, extension) {
  let index = -1;
  let key;
  if (extension.extensions) {
    while (++index < extension.extensions.length) {
      configure(base, extension.extensions[index]);
    }
  }
  for (key in extension) {
    if (own2.call(extension, key)) {
      switch (key) {
        case "extensions": {
          break;
        }
        /* c8 ignore next 4 */
        case "unsafe": {
          list2(base[key], extension[key]);
          break;
        }
        case "join": {
          list2(base[key], extension[key]);
          break;
        }
        case "handlers": {
          map(base[key], extension[key]);
          break;
        }
        default: {
          base.options[key] = extension[key];
        }
      }
    }
  }
  return base;
}
function list2(left, right) {
  if (right) {
    left.push(...right);
  }
}
function map(left, right) {
  if (right) {
    Object.assign(left, right);
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
init_define_MAESTRO_CODE_DIGESTS();
function blockquote(node2, _, state, info) {
  const exit = state.enter("blockquote");
  const tracker = state.createTracker(info);
  tracker.move("> ");
  tracker.shift(2);
  const value = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map2
  );
  exit();
  return value;
}
function map2(line, _, blank) {
  return ">" + (blank ? "" : " ") + line;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
init_define_MAESTRO_CODE_DIGESTS();
function patternInScope(stack, pattern) {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}
function listInScope(stack, list5, none) {
  if (typeof list5 === "string") {
    list5 = [list5];
  }
  if (!list5 || list5.length === 0) {
    return none;
  }
  let index = -1;
  while (++index < list5.length) {
    if (stack.includes(list5[index])) {
      return true;
    }
  }
  return false;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
function hardBreak(_, _1, state, info) {
  let index = -1;
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];
    if (pattern.character === "\n" && !pattern.before && !pattern.after && patternInScope(state.stack, pattern)) {
      return /[\t ]/.test(info.before) ? "" : " ";
    }
  }
  return "\\\n";
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/longest-streak/index.js
init_define_MAESTRO_CODE_DIGESTS();
function longestStreak(value, substring) {
  const source = String(value);
  let index = source.indexOf(substring);
  let expected = index;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index !== -1) {
    if (index === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index + substring.length;
    index = source.indexOf(substring, expected);
  }
  return max;
}

// node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
init_define_MAESTRO_CODE_DIGESTS();
function formatCodeAsIndented(node2, state) {
  return Boolean(
    state.options.fences === false && node2.value && // If there’s no info…
    !node2.lang && // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node2.value) && // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node2.value)
  );
}

// node_modules/mdast-util-to-markdown/lib/util/check-fence.js
init_define_MAESTRO_CODE_DIGESTS();
function checkFence(state) {
  const marker = state.options.fence || "`";
  if (marker !== "`" && marker !== "~") {
    throw new Error(
      "Cannot serialize code with `" + marker + "` for `options.fence`, expected `` ` `` or `~`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
function code(node2, _, state, info) {
  const marker = checkFence(state);
  const raw = node2.value || "";
  if (formatCodeAsIndented(node2, state)) {
    const exit2 = state.enter("codeIndented");
    const value2 = state.indentLines(raw, map3);
    exit2();
    return value2;
  }
  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit = state.enter("codeFenced");
  const suffix = marker === "`" ? "GraveAccent" : "Tilde";
  let value = tracker.move(sequence);
  if (node2.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`);
    value += tracker.move(
      state.safe(node2.lang, {
        before: value,
        after: " ",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  if (node2.lang && node2.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`);
    value += tracker.move(" ");
    value += tracker.move(
      state.safe(node2.meta, {
        before: value,
        after: "\n",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  value += tracker.move("\n");
  if (raw) {
    value += tracker.move(raw + "\n");
  }
  value += tracker.move(sequence);
  exit();
  return value;
}
function map3(line, _, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/check-quote.js
init_define_MAESTRO_CODE_DIGESTS();
function checkQuote(state) {
  const marker = state.options.quote || '"';
  if (marker !== '"' && marker !== "'") {
    throw new Error(
      "Cannot serialize title with `" + marker + "` for `options.quote`, expected `\"`, or `'`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
function definition(node2, _, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? "Quote" : "Apostrophe";
  const exit = state.enter("definition");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("[");
  value += tracker.move(
    state.safe(state.associationId(node2), {
      before: value,
      after: "]",
      ...tracker.current()
    })
  );
  value += tracker.move("]: ");
  subexit();
  if (
    // If there’s no url, or…
    !node2.url || // If there are control characters, whitespace, or a leading `<`.
    /^<|[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: node2.title ? " " : "\n",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(" " + quote);
    value += tracker.move(
      state.safe(node2.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }
  exit();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
init_define_MAESTRO_CODE_DIGESTS();
function checkEmphasis(state) {
  const marker = state.options.emphasis || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize emphasis with `" + marker + "` for `options.emphasis`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/micromark-util-classify-character/index.js
init_define_MAESTRO_CODE_DIGESTS();
function classifyCharacter(code3) {
  if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
    return 1;
  }
  if (unicodePunctuation(code3)) {
    return 2;
  }
}

// node_modules/mdast-util-to-markdown/lib/util/character.js
init_define_MAESTRO_CODE_DIGESTS();
function firstCharacter(value) {
  const code3 = value.codePointAt(0);
  return code3 === void 0 ? "" : String.fromCodePoint(code3);
}
function lastCharacter(value) {
  const code3 = value.codePointAt(value.length - 2);
  return code3 !== void 0 && code3 > 65535 ? value.slice(-2) : value.slice(-1);
}

// node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
init_define_MAESTRO_CODE_DIGESTS();
function encodeCharacterReference(code3) {
  return "&#x" + code3.toString(16).toUpperCase() + ";";
}

// node_modules/mdast-util-to-markdown/lib/util/encode-info.js
init_define_MAESTRO_CODE_DIGESTS();
function encodeInfo(outside, inside3, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside3);
  if (outsideKind === void 0) {
    return insideKind === void 0 ? (
      // Letter inside:
      // we have to encode *both* letters for `_` as it is looser.
      // it already forms for `*` (and GFMs `~`).
      marker === "_" ? { inside: true, outside: true } : { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (letter, whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: encode outer (letter)
      { inside: false, outside: true }
    );
  }
  if (outsideKind === 1) {
    return insideKind === void 0 ? (
      // Letter inside: already forms.
      { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: already forms.
      { inside: false, outside: false }
    );
  }
  return insideKind === void 0 ? (
    // Letter inside: already forms.
    { inside: false, outside: false }
  ) : insideKind === 1 ? (
    // Whitespace inside: encode inner (whitespace).
    { inside: true, outside: false }
  ) : (
    // Punctuation inside: already forms.
    { inside: false, outside: false }
  );
}

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/micromark-util-html-tag-name/index.js
init_define_MAESTRO_CODE_DIGESTS();
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
function htmlKind(value) {
  if (value.charCodeAt(0) !== 60) return;
  const next = value.charCodeAt(1);
  if (next === 33) {
    const code4 = value.charCodeAt(2);
    if (code4 === 45) return 2;
    if (code4 === 91) return 5;
    if (asciiAlpha(code4)) return 4;
    return;
  }
  if (next === 63) return 3;
  const closing = next === 47;
  const start = closing ? 2 : 1;
  let end = start;
  let code3 = value.charCodeAt(end);
  if (!asciiAlpha(code3)) return;
  while (code3 === 45 || asciiAlphanumeric(code3)) {
    code3 = value.charCodeAt(++end);
  }
  const name = value.slice(start, end).toLowerCase();
  if (!closing && code3 !== 47 && htmlRawNames.includes(name)) {
    return 1;
  }
  return htmlBlockNames.includes(name) ? 6 : 7;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
var builtins = /* @__PURE__ */ new Map([
  ["*", false],
  ["_", true]
]);
function candidates(tokens, involved, runOf) {
  const related = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const siblings = runOf.get(token);
    if (siblings && token.attention && involved.some((d) => d.attention === token.attention)) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }
  const ordered = [];
  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }
  ordered.reverse();
  return ordered;
}
function check(tokens, before, after) {
  const runs = [];
  const wrong = /* @__PURE__ */ new Map();
  const runOf = /* @__PURE__ */ new Map();
  let index = 0;
  while (index < tokens.length) {
    if (!tokens[index].attention) {
      index++;
      continue;
    }
    const marker = tokens[index].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index + 1;
    while (end < tokens.length && tokens[end].attention && tokens[end].value.charAt(0) === marker) {
      end++;
    }
    const head = index ? tokens[index - 1].value : before;
    const previous = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    );
    const open = !next || next === 2 && Boolean(previous);
    const close = !previous || previous === 2 && Boolean(next);
    const run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      // All builtins can split runs.
      split: strict !== void 0
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index = end;
  }
  pair(runs, wrong);
  index = -1;
  while (++index < tokens.length) {
    const involved = wrong.get(tokens[index]);
    if (involved) return { attention: candidates(tokens, involved, runOf), index };
  }
}
function containerPhrasing(parent, state, info) {
  return serialize2(phrasing2(parent, state, info), info.before, info.after);
}
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1];
  if (!token || token.attention) return;
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */
    character.codePointAt(0)
  );
  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;
    while (value.charCodeAt(value.length - 1 - escapes) === 92) {
      escapes++;
    }
    if (escapes % 2) value += "\\";
    token.value = value + reference;
  }
}
function improve(items, chosen, mistake, before, after) {
  for (const attention3 of mistake.attention) {
    const current = chosen.get(attention3) || attention3.sequences[0];
    for (const sequence of attention3.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen);
      trial.set(attention3, sequence);
      const tokens = render(items, trial, before, after);
      const next = check(tokens, before, after);
      if (!next || next.index > mistake.index) {
        return { chosen: trial, mistake: next, tokens };
      }
    }
  }
}
function pair(runs, wrong) {
  const openersByMarker = /* @__PURE__ */ new Map();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener = openers[open];
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;
      if (closer.split ? (
        // The rule of 3, on the sizes that are left.
        (opener.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
      ) : (
        // Others pair whole runs of the same size.
        openerSize !== opener.markers.length || openerSize !== closerSize
      )) {
        continue;
      }
      const size = closer.split ? openerSize > 1 && closerSize > 1 ? 2 : 1 : closerSize;
      const opening = opener.markers.slice(opener.end - size, opener.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];
      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] && openToken.value.length === size && closeToken === closing[size - 1] && closeToken.value.length === size && // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [.../* @__PURE__ */ new Set([...opening, ...closing])];
        for (const token of involved) {
          const list5 = wrong.get(token);
          if (list5) list5.push(...involved);
        }
      }
      opener.end -= size;
      closer.start += size;
      if (opener.start === opener.end) openers.splice(open, 1);
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}
function attentionSequences(type, markers, sizes) {
  if (markers.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without markers, expected one or more markers"
    );
  }
  if (sizes.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without sizes, expected one or more sizes"
    );
  }
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + size + "` as size, expected positive integer"
      );
    }
  }
  const sequences = [];
  for (const marker of markers) {
    if (marker.length !== 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected a single ascii character"
      );
    }
    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected ascii punctuation"
      );
    }
    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }
  return sequences;
}
function phrasing2(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const results = [];
  let index = -1;
  let before = info.before;
  indexStack.push(-1);
  let tracker = state.createTracker(info);
  while (++index < children.length) {
    const child = children[index];
    let after;
    indexStack[indexStack.length - 1] = index;
    if (index + 1 < children.length) {
      let handle3 = state.handle.handlers[children[index + 1].type];
      if (handle3 && handle3.peek) handle3 = handle3.peek;
      after = handle3 ? firstCharacter(
        handle3(children[index + 1], parent, state, {
          before: "",
          after: "",
          ...tracker.current()
        })
      ) : "";
    } else {
      after = info.after;
    }
    const previous = results[results.length - 1];
    if (typeof previous === "string" && (before === "\r" || before === "\n") && child.type === "html" && htmlKind(child.value) !== 7) {
      results[results.length - 1] = previous.replace(/(\r?\n|\r)$/, " ");
      before = " ";
      tracker = state.createTracker(info);
      tracker.move(serialize2(results, info.before, info.after));
    }
    const handle2 = state.handle.handlers[child.type];
    if (handle2 && handle2.attention) {
      const item2 = attentionItem(
        /** @type {PhrasingParents} */
        child,
        handle2.attention,
        state,
        tracker
      );
      if (!item2) continue;
      results.push(item2);
      before = lastCharacter(item2.sequences[0]);
    } else {
      const value = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });
      if (!value) continue;
      tracker.move(value);
      results.push(value);
      before = lastCharacter(value);
    }
  }
  indexStack.pop();
  return results;
}
function attentionItem(node2, attention3, state, tracker) {
  const { construct, markers, sizes } = attention3(node2, state);
  const sequences = attentionSequences(node2.type, markers, sizes);
  const sequence = sequences[0];
  const exit = state.enter(construct);
  const inside3 = state.createTracker(tracker.current());
  inside3.move(sequence);
  const children = phrasing2(node2, state, {
    ...inside3.current(),
    before: sequence,
    after: sequence
  });
  exit();
  if (children.length === 0) return;
  tracker.move(sequence);
  tracker.move(serialize2(children, sequence, sequence));
  tracker.move(sequence);
  return { children, sequences };
}
function fix(items, chosen, before, after) {
  let tokens = render(items, chosen, before, after);
  let mistake = check(tokens, before, after);
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return;
    chosen = next.chosen;
    tokens = next.tokens;
    mistake = next.mistake;
  }
  return tokens;
}
function guess(items, chosen, before, after) {
  let previous = before;
  let index = -1;
  while (++index < items.length) {
    const item2 = items[index];
    if (typeof item2 === "string") {
      previous = "";
      continue;
    }
    const next = index === items.length - 1 ? after : "";
    const sequence = item2.sequences.find(function(value) {
      const marker = value.charAt(0);
      return marker !== previous.charAt(0) && marker !== next.charAt(0) || items.length === 1 && builtins.has(marker) && value.length > before.length;
    }) || item2.sequences[0];
    if (sequence !== item2.sequences[0]) chosen.set(item2, sequence);
    guess(item2.children, chosen, sequence, sequence);
    previous = sequence;
  }
}
function render(items, chosen, before, after) {
  const tokens = [];
  let encodeAfter;
  let previous = lastCharacter(before);
  let index = -1;
  while (++index < items.length) {
    const item2 = items[index];
    if (typeof item2 === "string") {
      const token = { value: item2, attention: void 0 };
      if (encodeAfter && encodeAfter === firstCharacter(item2)) {
        encode([token], true);
      }
      encodeAfter = void 0;
      tokens.push(token);
      if (token.value) previous = lastCharacter(token.value);
      continue;
    }
    const sequence = chosen.get(item2) || item2.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index + 1];
    const outsideBefore = previous;
    const outsideAfter = firstCharacter(
      next === void 0 ? after : typeof next === "string" ? next : chosen.get(next) || next.sequences[0]
    );
    const inside3 = render(item2.children, chosen, sequence, sequence);
    const head = inside3[0].value;
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );
    if (open.inside) encode(inside3, true);
    const tail = lastCharacter(inside3[inside3.length - 1].value);
    const close = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );
    if (close.inside) encode(inside3, false);
    if (open.outside && outsideBefore !== "\n" && outsideBefore !== "\r") {
      encode(tokens, false);
    }
    if (close.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item2 }, ...inside3, {
      value: sequence,
      attention: item2
    });
    previous = sequence.charAt(sequence.length - 1);
  }
  return tokens;
}
function serialize2(items, before, after) {
  const guessed = /* @__PURE__ */ new Map();
  guess(items, guessed, before, after);
  const tokens = (
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : void 0) || // If stuck, start from the preferred sequences instead.
    fix(items, /* @__PURE__ */ new Map(), before, after) || // If stuck again, use the preferred sequences as they are.
    render(items, /* @__PURE__ */ new Map(), before, after)
  );
  let result = "";
  for (const token of tokens) result += token.value;
  return result;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
emphasis.attention = attention;
emphasis.peek = peek;
function emphasis(node2, _, state, info) {
  const exit = state.enter("phrasing");
  const item2 = attentionItem(node2, attention, state, state.createTracker(info));
  const value = item2 ? serialize2([item2], info.before, info.after) : "";
  exit();
  return value;
}
function attention(_, state) {
  const marker = checkEmphasis(state);
  return {
    construct: "emphasis",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [1]
  };
}
function peek(_, _1, state) {
  return state.options.emphasis || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/unist-util-visit/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/unist-util-visit/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check2;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check2, wrap(visitors), reverse);
  } else {
    visitParents(tree, check2, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index) {
    return visitor(node2, index, parents[parents.length - 1]);
  }
}

// node_modules/mdast-util-to-string/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-string/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index = -1;
  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
function formatHeadingAsSetext(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if ("value" in node3 && /\r?\n|\r/.test(node3.value) || node3.type === "break") {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
function heading(node2, _, state, info) {
  const rank = Math.max(Math.min(6, node2.depth || 1), 1);
  const tracker = state.createTracker(info);
  if (formatHeadingAsSetext(node2, state)) {
    const exit2 = state.enter("headingSetext");
    const subexit2 = state.enter("phrasing");
    const value2 = state.containerPhrasing(node2, {
      ...tracker.current(),
      before: "\n",
      after: "\n"
    });
    subexit2();
    exit2();
    return value2 + "\n" + (rank === 1 ? "=" : "-").repeat(
      // The whole size…
      value2.length - // Minus the position of the character after the last EOL (or
      // 0 if there is none)…
      (Math.max(value2.lastIndexOf("\r"), value2.lastIndexOf("\n")) + 1)
    );
  }
  const sequence = "#".repeat(rank);
  const exit = state.enter("headingAtx");
  const subexit = state.enter("phrasing");
  tracker.move(sequence + " ");
  let value = state.containerPhrasing(node2, {
    before: "# ",
    after: "\n",
    ...tracker.current()
  });
  const head = value.charCodeAt(0);
  if (head === 9 || head === 32) {
    value = encodeCharacterReference(head) + value.slice(1);
  }
  value = value ? sequence + " " + value : sequence;
  if (state.options.closeAtx) {
    value += " " + sequence;
  }
  subexit();
  exit();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/html.js
init_define_MAESTRO_CODE_DIGESTS();
html.peek = htmlPeek;
function html(node2) {
  return node2.value || "";
}
function htmlPeek() {
  return "<";
}

// node_modules/mdast-util-to-markdown/lib/handle/image.js
init_define_MAESTRO_CODE_DIGESTS();
image.peek = imagePeek;
function image(node2, _, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? "Quote" : "Apostrophe";
  const exit = state.enter("image");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("![");
  value += tracker.move(
    state.safe(node2.alt, { before: value, after: "]", ...tracker.current() })
  );
  value += tracker.move("](");
  subexit();
  if (
    // If there’s no url but there is a title…
    !node2.url && node2.title || // If there are control characters, whitespace, or a leading `<`.
    /^<|[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: node2.title ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(" " + quote);
    value += tracker.move(
      state.safe(node2.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }
  value += tracker.move(")");
  exit();
  return value;
}
function imagePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
init_define_MAESTRO_CODE_DIGESTS();
imageReference.peek = imageReferencePeek;
function imageReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit = state.enter("imageReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("![");
  const alt = state.safe(node2.alt, {
    before: value,
    after: "]",
    ...tracker.current()
  });
  value += tracker.move(alt + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit();
  if (type === "full" || !alt || alt !== reference) {
    value += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value = value.slice(0, -1);
  } else {
    value += tracker.move("]");
  }
  return value;
}
function imageReferencePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
init_define_MAESTRO_CODE_DIGESTS();
inlineCode.peek = inlineCodePeek;
function inlineCode(node2, _, state) {
  let value = node2.value || "";
  let sequence = "`";
  let index = -1;
  while (new RegExp("(^|[^`])" + sequence + "([^`]|$)").test(value)) {
    sequence += "`";
  }
  if (/[^\n\r ]/.test(value) && (/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value) || /^`|`$/.test(value))) {
    value = " " + value + " ";
  }
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];
    const expression = state.compilePattern(pattern);
    if (!pattern.atBreak) continue;
    let match;
    while (match = expression.exec(value)) {
      let position = match.index;
      if (value.charCodeAt(position) === 10 && value.charCodeAt(position - 1) === 13) {
        position--;
      }
      value = value.slice(0, position) + " " + value.slice(match.index + 1);
    }
  }
  return sequence + value + sequence;
}
function inlineCodePeek() {
  return "`";
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
init_define_MAESTRO_CODE_DIGESTS();
function formatLinkAsAutolink(node2, state) {
  const raw = toString(node2);
  return Boolean(
    !state.options.resourceLink && // If there’s a url…
    node2.url && // And there’s no title…
    !node2.title && // And the content of `node` is a single text node…
    node2.children && node2.children.length === 1 && node2.children[0].type === "text" && // And if the url is the same as the content…
    (raw === node2.url || "mailto:" + raw === node2.url) && // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node2.url) && // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node2.url)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
link.peek = linkPeek;
function link(node2, _, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? "Quote" : "Apostrophe";
  const tracker = state.createTracker(info);
  if (formatLinkAsAutolink(node2, state)) {
    const stack = state.stack;
    state.stack = stack.filter(function(d) {
      return d !== "phrasing";
    });
    const exit2 = state.enter("autolink");
    let value2 = tracker.move("<");
    value2 += tracker.move(
      state.containerPhrasing(node2, {
        before: value2,
        after: ">",
        ...tracker.current()
      })
    );
    value2 += tracker.move(">");
    exit2();
    state.stack = stack;
    return value2;
  }
  const exit = state.enter("link");
  let subexit = state.enter("label");
  let value = tracker.move("[");
  const text3 = state.containerPhrasing(node2, {
    before: value,
    after: "](",
    ...tracker.current()
  });
  value += tracker.move(text3);
  subexit();
  value += tracker.move("](");
  const enclose = /^<|[\0- \u007F]/.test(node2.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node2.title || void 0;
  if (!title && !enclose && (last === "\n" || last === "\r")) {
    let index = 0;
    while (index < text3.length && text3.charCodeAt(index) !== 93) {
      index += text3.charCodeAt(index) === 92 ? 2 : 1;
    }
    if (text3.charCodeAt(index + 1) === 58) title = "";
  }
  if (
    // If there’s no url but there is a title…
    !node2.url && typeof title === "string" || // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: typeof title === "string" ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (typeof title === "string") {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(" " + quote);
    value += tracker.move(
      state.safe(title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }
  value += tracker.move(")");
  exit();
  return value;
}
function linkPeek(node2, _, state) {
  return formatLinkAsAutolink(node2, state) ? "<" : "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
init_define_MAESTRO_CODE_DIGESTS();
linkReference.peek = linkReferencePeek;
function linkReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit = state.enter("linkReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("[");
  const text3 = state.containerPhrasing(node2, {
    before: value,
    after: "]",
    ...tracker.current()
  });
  value += tracker.move(text3 + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit();
  if (type === "full" || !text3 || text3 !== reference) {
    value += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value = value.slice(0, -1);
  } else {
    value += tracker.move("]");
  }
  return value;
}
function linkReferencePeek() {
  return "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
init_define_MAESTRO_CODE_DIGESTS();
function checkBullet(state) {
  const marker = state.options.bullet || "*";
  if (marker !== "*" && marker !== "+" && marker !== "-") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bullet`, expected `*`, `+`, or `-`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
init_define_MAESTRO_CODE_DIGESTS();
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;
  if (!bulletOther) {
    return bullet === "*" ? "-" : "*";
  }
  if (bulletOther !== "*" && bulletOther !== "+" && bulletOther !== "-") {
    throw new Error(
      "Cannot serialize items with `" + bulletOther + "` for `options.bulletOther`, expected `*`, `+`, or `-`"
    );
  }
  if (bulletOther === bullet) {
    throw new Error(
      "Expected `bullet` (`" + bullet + "`) and `bulletOther` (`" + bulletOther + "`) to be different"
    );
  }
  return bulletOther;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
init_define_MAESTRO_CODE_DIGESTS();
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || ".";
  if (marker !== "." && marker !== ")") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bulletOrdered`, expected `.` or `)`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule.js
init_define_MAESTRO_CODE_DIGESTS();
function checkRule(state) {
  const marker = state.options.rule || "*";
  if (marker !== "*" && marker !== "-" && marker !== "_") {
    throw new Error(
      "Cannot serialize rules with `" + marker + "` for `options.rule`, expected `*`, `-`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
function list3(node2, parent, state, info) {
  const exit = state.enter("list");
  const bulletCurrent = state.bulletCurrent;
  let bullet = node2.ordered ? checkBulletOrdered(state) : checkBullet(state);
  const bulletOther = node2.ordered ? bullet === "." ? ")" : "." : checkBulletOther(state);
  let useDifferentMarker = parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;
  if (!node2.ordered) {
    const firstListItem = node2.children ? node2.children[0] : void 0;
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === "*" || bullet === "-") && // Empty first list item:
      firstListItem && (!firstListItem.children || !firstListItem.children[0]) && // Directly in two other list items:
      state.stack[state.stack.length - 1] === "list" && state.stack[state.stack.length - 2] === "listItem" && state.stack[state.stack.length - 3] === "list" && state.stack[state.stack.length - 4] === "listItem" && // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 && state.indexStack[state.indexStack.length - 2] === 0 && state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }
    if (checkRule(state) === bullet && firstListItem) {
      let index = -1;
      while (++index < node2.children.length) {
        const item2 = node2.children[index];
        if (item2 && item2.type === "listItem" && item2.children && item2.children[0] && item2.children[0].type === "thematicBreak") {
          useDifferentMarker = true;
          break;
        }
      }
    }
  }
  if (useDifferentMarker) {
    bullet = bulletOther;
  }
  state.bulletCurrent = bullet;
  const value = state.containerFlow(node2, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
init_define_MAESTRO_CODE_DIGESTS();
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || "one";
  if (style !== "tab" && style !== "one" && style !== "mixed") {
    throw new Error(
      "Cannot serialize items with `" + style + "` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`"
    );
  }
  return style;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
function listItem(node2, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);
  if (parent && parent.type === "list" && parent.ordered) {
    bullet = (typeof parent.start === "number" && parent.start > -1 ? parent.start : 1) + (state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node2)) + bullet;
  }
  let size = bullet.length + 1;
  if (listItemIndent === "tab" || listItemIndent === "mixed" && (parent && parent.type === "list" && parent.spread || node2.spread)) {
    size = Math.ceil(size / 4) * 4;
  }
  const tracker = state.createTracker(info);
  tracker.move(bullet + " ".repeat(size - bullet.length));
  tracker.shift(size);
  const exit = state.enter("listItem");
  const value = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map4
  );
  exit();
  return value;
  function map4(line, index, blank) {
    if (index) {
      return (blank ? "" : " ".repeat(size)) + line;
    }
    return (blank ? bullet : bullet + " ".repeat(size - bullet.length)) + line;
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
init_define_MAESTRO_CODE_DIGESTS();
function paragraph(node2, _, state, info) {
  const exit = state.enter("paragraph");
  const subexit = state.enter("phrasing");
  const value = state.containerPhrasing(node2, info);
  subexit();
  exit();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/root.js
init_define_MAESTRO_CODE_DIGESTS();
function root(node2, _, state, info) {
  const hasPhrasing = node2.children.some(function(d) {
    return phrasing(d);
  });
  if (!hasPhrasing) return state.containerFlow(node2, info);
  const exit = state.enter("phrasing");
  const value = state.containerPhrasing(node2, info);
  exit();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/check-strong.js
init_define_MAESTRO_CODE_DIGESTS();
function checkStrong(state) {
  const marker = state.options.strong || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize strong with `" + marker + "` for `options.strong`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
strong.attention = attention2;
strong.peek = peek2;
function strong(node2, _, state, info) {
  const exit = state.enter("phrasing");
  const item2 = attentionItem(node2, attention2, state, state.createTracker(info));
  const value = item2 ? serialize2([item2], info.before, info.after) : "";
  exit();
  return value;
}
function attention2(_, state) {
  const marker = checkStrong(state);
  return {
    construct: "strong",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [2]
  };
}
function peek2(_, _1, state) {
  return state.options.strong || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/text.js
init_define_MAESTRO_CODE_DIGESTS();
function text(node2, parent, state, info) {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1];
  return state.safe(node2.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1]
  });
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
init_define_MAESTRO_CODE_DIGESTS();
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;
  if (repetition < 3) {
    throw new Error(
      "Cannot serialize rules with repetition `" + repetition + "` for `options.ruleRepetition`, expected `3` or more"
    );
  }
  return repetition;
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
function thematicBreak(_, _1, state) {
  const value = (checkRule(state) + (state.options.ruleSpaces ? " " : "")).repeat(checkRuleRepetition(state));
  return state.options.ruleSpaces ? value.slice(0, -1) : value;
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
var handle = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  emphasis,
  hardBreak,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list: list3,
  listItem,
  paragraph,
  root,
  strong,
  text,
  thematicBreak
};

// node_modules/mdast-util-to-markdown/lib/join.js
init_define_MAESTRO_CODE_DIGESTS();
var join12 = [joinDefaults];
function joinDefaults(left, right, parent, state) {
  if (right.type === "code" && formatCodeAsIndented(right, state) && (left.type === "list" || left.type === right.type && formatCodeAsIndented(left, state))) {
    return false;
  }
  if ("spread" in parent && typeof parent.spread === "boolean") {
    if (parent.spread) return 1;
    if (left.type === "html") {
      const kind = htmlKind(left.value);
      if (kind === void 0 || kind === 6 || kind === 7) return 1;
    }
    if (left.type === "blockquote" && right.type === "blockquote") return 1;
    if ((left.type === "definition" || left.type === "paragraph") && right.type === "list" && (right.ordered && typeof right.start === "number" && right.start !== 1 || right.children.length > 0 && right.children[0].children.length === 0)) {
      return 1;
    }
    if (left.type === "paragraph" && right.type === "thematicBreak" && checkRule(state) === "-" && !state.options.ruleSpaces) {
      return 1;
    }
    let tail = left;
    while ((tail.type === "blockquote" || tail.type === "list" || tail.type === "listItem") && tail.children.length > 0) {
      tail = tail.children[tail.children.length - 1];
    }
    if (tail.type !== "definition" && tail.type !== "paragraph") return 0;
    if (right.type === "code" && formatCodeAsIndented(right, state)) return 1;
    if (right.type === "html") {
      const kind = htmlKind(right.value);
      if (kind === void 0 || kind === 7) return 1;
    }
    if ((left.type === "paragraph" || left !== tail) && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext(right, state) || right.type === "paragraph")) {
      return 1;
    }
    return 0;
  }
}

// node_modules/mdast-util-to-markdown/lib/unsafe.js
init_define_MAESTRO_CODE_DIGESTS();
var fullPhrasingSpans = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
var unsafe = [
  { character: "	", after: "[\\r\\n]", inConstruct: "phrasing" },
  { character: "	", before: "[\\r\\n]", inConstruct: "phrasing" },
  {
    character: "	",
    inConstruct: ["codeFencedLangGraveAccent", "codeFencedLangTilde"]
  },
  {
    character: "\r",
    inConstruct: [
      "codeFencedLangGraveAccent",
      "codeFencedLangTilde",
      "codeFencedMetaGraveAccent",
      "codeFencedMetaTilde",
      "destinationLiteral",
      "headingAtx"
    ]
  },
  {
    character: "\n",
    inConstruct: [
      "codeFencedLangGraveAccent",
      "codeFencedLangTilde",
      "codeFencedMetaGraveAccent",
      "codeFencedMetaTilde",
      "destinationLiteral",
      "headingAtx"
    ]
  },
  { character: "\r", before: "[\\r\\n]", inConstruct: "phrasing" },
  { character: "\r", after: "\\r", inConstruct: "phrasing" },
  { character: "\n", before: "\\n", inConstruct: "phrasing" },
  { character: "\n", after: "[\\r\\n]", inConstruct: "phrasing" },
  { character: " ", after: "[\\r\\n]", inConstruct: "phrasing" },
  { character: " ", before: "[\\r\\n]", inConstruct: "phrasing" },
  {
    character: " ",
    inConstruct: ["codeFencedLangGraveAccent", "codeFencedLangTilde"]
  },
  // An exclamation mark can start an image, if it is followed by a link or
  // a link reference.
  {
    character: "!",
    after: "\\[",
    inConstruct: "phrasing",
    notInConstruct: fullPhrasingSpans
  },
  // A quote can break out of a title.
  { character: '"', inConstruct: "titleQuote" },
  // A number sign could start an ATX heading if it starts a line.
  { atBreak: true, character: "#" },
  { character: "#", inConstruct: "headingAtx", after: "(?:[\r\n]|$)" },
  // Dollar sign and percentage are not used in markdown.
  // An ampersand could start a character reference.
  // Labels match on their source.
  {
    character: "&",
    after: "[#A-Za-z]",
    inConstruct: [
      "codeFencedLangGraveAccent",
      "codeFencedLangTilde",
      "codeFencedMetaGraveAccent",
      "codeFencedMetaTilde",
      "destinationLiteral",
      "destinationRaw",
      "phrasing",
      "titleApostrophe",
      "titleQuote"
    ]
  },
  // An apostrophe can break out of a title.
  { character: "'", inConstruct: "titleApostrophe" },
  // A left paren could break out of a destination raw.
  { character: "(", inConstruct: "destinationRaw" },
  // A left paren followed by `]` could make something into a link or image.
  {
    before: "\\]",
    character: "(",
    inConstruct: "phrasing",
    notInConstruct: fullPhrasingSpans
  },
  // A right paren could start a list item or break out of a destination
  // raw.
  { atBreak: true, before: "\\d+", character: ")" },
  { character: ")", inConstruct: "destinationRaw" },
  // An asterisk can start thematic breaks, list items, emphasis, strong.
  { atBreak: true, character: "*", after: "(?:[ 	\r\n*])" },
  { character: "*", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  // A plus sign could start a list item.
  { atBreak: true, character: "+", after: "(?:[ 	\r\n])" },
  // A dash can start thematic breaks, list items, and setext heading
  // underlines.
  { atBreak: true, character: "-", after: "(?:[ 	\r\n-])" },
  // A dot could start a list item.
  { atBreak: true, before: "\\d+", character: ".", after: "(?:[ 	\r\n]|$)" },
  // Slash, colon, and semicolon are not used in markdown for constructs.
  // A less than can start html (flow or text) or an autolink.
  // HTML could start with an exclamation mark (declaration, cdata, comment),
  // slash (closing tag), question mark (instruction), or a letter (tag).
  // An autolink also starts with a letter.
  // It could break out of a destination literal,
  // or start one at the start of a destination raw.
  { atBreak: true, character: "<", after: "[!/?A-Za-z]" },
  {
    character: "<",
    after: "[!/?A-Za-z]",
    inConstruct: "phrasing",
    notInConstruct: fullPhrasingSpans
  },
  { character: "<", inConstruct: "destinationLiteral" },
  { character: "<", before: "[( ]", inConstruct: "destinationRaw" },
  // An equals to can start setext heading underlines.
  { atBreak: true, character: "=" },
  // A greater than can start block quotes and it can break out of a
  // destination literal.
  { atBreak: true, character: ">" },
  { character: ">", inConstruct: "destinationLiteral" },
  // Question mark and at sign are not used in markdown for constructs.
  // A left bracket can start definitions, references, labels,
  { atBreak: true, character: "[" },
  { character: "[", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  { character: "[", inConstruct: ["label", "reference"] },
  // A backslash can start an escape (when followed by punctuation) or a
  // hard break (when followed by an eol).
  // Note: typical escapes are handled in `safe`!
  { character: "\\", after: "[\\r\\n]", inConstruct: "phrasing" },
  // A right bracket can exit labels.
  { character: "]", inConstruct: ["label", "reference"] },
  // Caret is not used in markdown for constructs.
  // An underscore can start emphasis, strong, or a thematic break.
  { atBreak: true, character: "_" },
  { character: "_", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  // A grave accent can start code (fenced or text), or it can break out of
  // a grave accent code fence.
  { atBreak: true, character: "`" },
  {
    character: "`",
    inConstruct: ["codeFencedLangGraveAccent", "codeFencedMetaGraveAccent"]
  },
  { character: "`", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  // Left brace, vertical bar, right brace are not used in markdown for
  // constructs.
  // A tilde can start code (fenced).
  { atBreak: true, character: "~" },
  { character: "<", inConstruct: "autolink" },
  { character: ">", inConstruct: "autolink" },
  { character: "\x7F", inConstruct: "autolink" }
];
var code2 = -1;
while (++code2 < 33) {
  unsafe.push({ character: String.fromCharCode(code2), inConstruct: "autolink" });
}

// node_modules/mdast-util-to-markdown/lib/util/association.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/micromark-util-decode-string/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/decode-named-character-reference/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/character-entities/index.js
init_define_MAESTRO_CODE_DIGESTS();
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own3 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own3.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
init_define_MAESTRO_CODE_DIGESTS();
function decodeNumericCharacterReference(value, base) {
  const code3 = Number.parseInt(value, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code3 < 9 || code3 === 11 || code3 > 13 && code3 < 32 || // Control character (DEL) of C0, and C1 controls.
    code3 > 126 && code3 < 160 || // Lone high surrogates and low surrogates.
    code3 > 55295 && code3 < 57344 || // Noncharacters.
    code3 > 64975 && code3 < 65008 || /* eslint-disable no-bitwise */
    (code3 & 65535) === 65535 || (code3 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code3 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code3);
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-to-markdown/lib/util/association.js
function association(node2) {
  if (node2.label || !node2.identifier) {
    return node2.label || "";
  }
  return decodeString(node2.identifier);
}

// node_modules/mdast-util-to-markdown/lib/util/compile-pattern.js
init_define_MAESTRO_CODE_DIGESTS();
function compilePattern(pattern) {
  if (!pattern._compiled) {
    const before = (pattern.atBreak ? "[\\r\\n][\\t ]*" : "") + (pattern.before ? "(?:" + pattern.before + ")" : "");
    pattern._compiled = new RegExp(
      (pattern.beforeNode ? "^" : before ? "(" + before + ")" : "") + (/[$()*+.?[\\\]^{|}]/.test(pattern.character) ? "\\" : "") + pattern.character + (pattern.afterNode ? "$" : pattern.after ? "(?=" + pattern.after + ")" : ""),
      pattern.unicode ? "gu" : "g"
    );
  }
  return pattern._compiled;
}

// node_modules/mdast-util-to-markdown/lib/util/container-flow.js
init_define_MAESTRO_CODE_DIGESTS();
function containerFlow(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const tracker = state.createTracker(info);
  const results = [];
  let index = -1;
  indexStack.push(-1);
  while (++index < children.length) {
    const child = children[index];
    indexStack[indexStack.length - 1] = index;
    results.push(
      tracker.move(
        state.handle(child, parent, state, {
          before: "\n",
          after: "\n",
          ...tracker.current()
        })
      )
    );
    if (child.type !== "list") {
      state.bulletLastUsed = void 0;
    }
    if (index < children.length - 1) {
      results.push(
        tracker.move(between(child, children[index + 1], parent, state))
      );
    }
  }
  indexStack.pop();
  return results.join("");
}
function between(left, right, parent, state) {
  let index = state.join.length;
  while (index--) {
    const result = state.join[index](left, right, parent, state);
    if (result === true || result === 1) {
      break;
    }
    if (typeof result === "number") {
      return "\n".repeat(1 + result);
    }
    if (result === false) {
      return "\n\n<!---->\n\n";
    }
  }
  return "\n\n";
}

// node_modules/mdast-util-to-markdown/lib/util/indent-lines.js
init_define_MAESTRO_CODE_DIGESTS();
var eol = /\r?\n|\r/g;
function indentLines(value, map4) {
  const result = [];
  let start = 0;
  let line = 0;
  let match;
  while (match = eol.exec(value)) {
    one2(value.slice(start, match.index));
    result.push(match[0]);
    start = match.index + match[0].length;
    line++;
  }
  one2(value.slice(start));
  return result.join("");
  function one2(value2) {
    result.push(map4(value2, line, !value2));
  }
}

// node_modules/mdast-util-to-markdown/lib/util/safe.js
init_define_MAESTRO_CODE_DIGESTS();
var own4 = {}.hasOwnProperty;
function safe2(state, input, config) {
  const value = (config.before || "") + (input || "") + (config.after || "");
  const positions = [];
  const result = [];
  const infos = {};
  const percentEncode = state.stack.includes("autolink");
  const offset = config.before ? config.before.length : 0;
  const end = value.length - (config.after ? config.after.length : 0);
  let index = -1;
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];
    if (!patternInScope(state.stack, pattern) || !nodeInScope(pattern.beforeNode, config.beforeNode) || !nodeInScope(pattern.afterNode, config.afterNode)) {
      continue;
    }
    const expression = state.compilePattern(pattern);
    const from = pattern.beforeNode ? offset : 0;
    const subject = value.slice(from, pattern.afterNode ? end : void 0);
    let match;
    while (match = expression.exec(subject)) {
      const before = Boolean(pattern.before || pattern.atBreak);
      const after = Boolean(pattern.after);
      const character = match.index + (before ? match[1].length : 0);
      const position = from + character;
      expression.lastIndex = Math.max(character, match.index + 1);
      if (own4.call(infos, position)) {
        if (infos[position].before && !before) {
          infos[position].before = false;
        }
        if (infos[position].after && !after) {
          infos[position].after = false;
        }
      } else {
        positions.push(position);
        infos[position] = { before, after };
      }
    }
  }
  positions.sort(numerical);
  let start = offset;
  index = -1;
  while (++index < positions.length) {
    const position = positions[index];
    if (position < start || position >= end) {
      continue;
    }
    if (value.charAt(position) === "_" && // Preceded by an unescaped character that is not punctuation or whitespace:
    position > 0 && classifyCharacter(value.charCodeAt(position - 1)) === void 0 && !own4.call(infos, position - 1) && // Characters next to attention markers can become character references
    // later, turning `a` into `&#x61;`, so those do not count.
    !(position - 1 === offset && /[*_]/.test(value.charAt(offset - 1)))) {
      let sequenceEnd = position + 1;
      while (sequenceEnd < end && value.charAt(sequenceEnd) === "_") {
        sequenceEnd++;
      }
      const skip = sequenceEnd - position - 1;
      if (
        // All underscores in the run are unsafe positions, so they can be
        // skipped.
        positions[index + skip] === sequenceEnd - 1 && // Rest as above.
        sequenceEnd < value.length && classifyCharacter(value.charCodeAt(sequenceEnd)) === void 0 && !own4.call(infos, sequenceEnd) && !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)))
      ) {
        index += skip;
        continue;
      }
    }
    if (position + 1 < end && positions[index + 1] === position + 1 && infos[position].after && !infos[position + 1].before && !infos[position + 1].after || position - 1 >= offset && positions[index - 1] === position - 1 && infos[position].before && !infos[position - 1].before && !infos[position - 1].after) {
      continue;
    }
    if (start !== position) {
      const slice = value.slice(start, position);
      result.push(percentEncode ? slice : escapeBackslashes(slice, "\\"));
    }
    start = position + 1;
    if (percentEncode) {
      result.push(
        "%" + value.charCodeAt(position).toString(16).toUpperCase().padStart(2, "0")
      );
    } else if (/[!-/:-@[-`{-~]/.test(value.charAt(position)) && (!config.encode || !config.encode.includes(value.charAt(position)))) {
      result.push("\\" + value.charAt(position));
    } else {
      result.push(encodeCharacterReference(value.charCodeAt(position)));
    }
  }
  const rest = value.slice(start, end);
  result.push(percentEncode ? rest : escapeBackslashes(rest, config.after));
  return result.join("");
}
function nodeInScope(types, node2) {
  if (!types) return true;
  if (!node2) return false;
  return typeof types === "string" ? types === node2.type : types.includes(node2.type);
}
function numerical(a, b) {
  return a - b;
}
function escapeBackslashes(value, after) {
  const expression = /\\(?=[!-/:-@[-`{-~])/g;
  const positions = [];
  const results = [];
  const whole = value + after;
  let index = -1;
  let start = 0;
  let match;
  while (match = expression.exec(whole)) {
    positions.push(match.index);
  }
  while (++index < positions.length) {
    if (start !== positions[index]) {
      results.push(value.slice(start, positions[index]));
    }
    results.push("\\");
    start = positions[index];
  }
  results.push(value.slice(start));
  return results.join("");
}

// node_modules/mdast-util-to-markdown/lib/util/track.js
init_define_MAESTRO_CODE_DIGESTS();
function track(config) {
  const options = config || {};
  const now = options.now || {};
  let lineShift = options.lineShift || 0;
  let line = now.line || 1;
  let column = now.column || 1;
  return { move, current, shift };
  function current() {
    return { now: { line, column }, lineShift };
  }
  function shift(value) {
    lineShift += value;
  }
  function move(input) {
    const value = input || "";
    const chunks = value.split(/\r?\n|\r/g);
    const tail = chunks[chunks.length - 1];
    line += chunks.length - 1;
    column = chunks.length === 1 ? column + tail.length : 1 + tail.length + lineShift;
    return value;
  }
}

// node_modules/mdast-util-to-markdown/lib/index.js
function toMarkdown(tree, options) {
  const settings = options || {};
  const state = {
    associationId: association,
    bulletCurrent: void 0,
    bulletLastUsed: void 0,
    containerPhrasing: containerPhrasingBound,
    containerFlow: containerFlowBound,
    createTracker: track,
    compilePattern,
    enter,
    // @ts-expect-error: GFM / frontmatter are typed in `mdast` but not defined
    // here.
    handlers: { ...handle },
    // @ts-expect-error: add `handle` in a second.
    handle: void 0,
    indentLines,
    indexStack: [],
    join: [...join12],
    options: {},
    safe: safeBound,
    stack: [],
    unsafe: [...unsafe]
  };
  configure(state, settings);
  if (state.options.tightDefinitions) {
    state.join.push(joinDefinition);
  }
  state.handle = zwitch("type", {
    invalid,
    unknown,
    handlers: state.handlers
  });
  let result = state.handle(
    phrasing(tree) ? { type: "root", children: [tree] } : tree,
    void 0,
    state,
    { before: "\n", after: "\n", now: { line: 1, column: 1 }, lineShift: 0 }
  );
  if (result && result.charCodeAt(result.length - 1) !== 10 && result.charCodeAt(result.length - 1) !== 13) {
    result += "\n";
  }
  return result;
  function enter(name) {
    state.stack.push(name);
    return exit;
    function exit() {
      state.stack.pop();
    }
  }
}
function invalid(value) {
  throw new Error("Cannot handle value `" + value + "`, expected node");
}
function unknown(value) {
  const node2 = (
    /** @type {Nodes} */
    value
  );
  throw new Error("Cannot handle unknown node `" + node2.type + "`");
}
function joinDefinition(left, right) {
  if (left.type === "definition" && left.type === right.type) {
    return 0;
  }
}
function containerPhrasingBound(parent, info) {
  return containerPhrasing(parent, this, info);
}
function containerFlowBound(parent, info) {
  return containerFlow(parent, this, info);
}
function safeBound(value, config) {
  return safe2(this, value, config);
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? " " : "|";
  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      { character: "\r", inConstruct: "tableCell" },
      { character: "\n", inConstruct: "tableCell" },
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      { atBreak: true, character: "|", after: "[	 :-]" },
      // A pipe in a cell must be encoded.
      { character: "|", inConstruct: "tableCell" },
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      { atBreak: true, character: ":", after: "-" },
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      { atBreak: true, character: "-", after: "[:|-]" }
    ]
  };
  function handleTable(node2, _, state, info) {
    const matrix = handleTableAsData(node2, state, info);
    const head = matrix[0];
    if (head) {
      let columns = node2.align ? node2.align.length : 0;
      let index = -1;
      if (!columns) {
        while (++index < matrix.length) {
          if (matrix[index].length > columns) columns = matrix[index].length;
        }
      }
      while (head.length < columns) head.push("");
    }
    return serializeData(matrix, node2.align);
  }
  function handleTableRow(node2, _, state, info) {
    const row = handleTableRowAsData(node2, state, info);
    const value = serializeData([row]);
    return value.slice(0, value.indexOf("\n"));
  }
  function handleTableCell(node2, _, state, info) {
    const exit = state.enter("tableCell");
    const subexit = state.enter("phrasing");
    const value = state.containerPhrasing(node2, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit();
    return value;
  }
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    });
  }
  function handleTableAsData(node2, state, info) {
    const { children } = node2;
    let index = -1;
    const result = [];
    const subexit = state.enter("table");
    while (++index < children.length) {
      result[index] = handleTableRowAsData(children[index], state, info);
    }
    subexit();
    return result;
  }
  function handleTableRowAsData(node2, state, info) {
    const { children } = node2;
    let index = -1;
    const result = [];
    const subexit = state.enter("tableRow");
    while (++index < children.length) {
      result[index] = handleTableCell(children[index], node2, state, info);
    }
    subexit();
    return result;
  }
  function inlineCodeWithTable(node2, parent, state) {
    const value = handle.inlineCode(node2, parent, state);
    if (!state.stack.includes("tableCell")) return value;
    const result = [];
    let start = 0;
    let index = value.indexOf("|");
    while (index !== -1) {
      let before = index;
      while (before > start && value.charCodeAt(before - 1) === 92) {
        before--;
      }
      result.push(value.slice(start, index));
      if ((index - before) % 2 === 0) result.push("\\");
      start = index;
      index = value.indexOf("|", index + 1);
    }
    result.push(value.slice(start));
    return result.join("");
  }
}
function joinTable(left, right, parent, state) {
  if (left.type === "table" && parent.type === "listItem" && parent.spread === false && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext2(right, state) || right.type === "paragraph" || right.type === "table")) {
    return 1;
  }
}
function formatHeadingAsSetext2(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if (node3.type === "break" || "value" in node3 && /\r?\n|\r/.test(node3.value)) {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-gfm-task-list-item/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
init_define_MAESTRO_CODE_DIGESTS();
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function paragraphWithTaskListItem(node2, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node2) {
    return handle.paragraph(node2, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value = handle.paragraph(
    node2.children.length > 0 ? node2 : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph3 = taskListItemParagraph(parent);
  if (paragraph3 && parent.children.indexOf(left) < parent.children.indexOf(paragraph3)) {
    return 0;
  }
}
function taskListItemParagraph(node2) {
  if (typeof node2.checked !== "boolean") {
    return;
  }
  for (const child of node2.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// action/render/escape.ts
import { stripVTControlCharacters } from "node:util";
var ZWJ = "\u200D";
function breakReferences(text3) {
  return text3.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`).replace(new RegExp("#(?=\\p{N})", "gu"), `#${ZWJ}`).replace(/:(?=\/\/)/gu, `:${ZWJ}`).replace(/(?<=\bwww)\./giu, `${ZWJ}.`);
}
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
function oneLine(text3) {
  return stripVTControlCharacters(text3).replace(UNSAFE_CHARS, " ");
}
function textNode(value) {
  return { type: "text", value: breakReferences(oneLine(value)) };
}
function codeNode(value) {
  return { type: "inlineCode", value: oneLine(value) };
}
function htmlText(value) {
  return (0, import_escape_html.default)(breakReferences(oneLine(value)));
}
function serializeMarkdown(tree) {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: "-",
    fences: true,
    listItemIndent: "one"
  });
}
function terminalText(value) {
  return stripVTControlCharacters(value).split(/\r\n|\r|\n/).map(
    (line) => line.replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
  ).join("\n    ");
}

// action/render/paths.ts
init_define_MAESTRO_CODE_DIGESTS();
import { isAbsolute as isAbsolute4, posix, relative as relative5, sep as sep3 } from "node:path";
function clean(path) {
  const p = posix.normalize(path.split(sep3).join("/").replace(/\\/g, "/"));
  if (p === "." || p === "" || p === ".." || p.startsWith("../") || p.startsWith("/"))
    return void 0;
  return p.replace(/^\.\//, "");
}
function repoPath(file, run, paths = {}) {
  const one2 = oneLine(file);
  const inHead = isAbsolute4(one2) ? clean(relative5(run.head_dir, one2)) : clean(one2);
  if (inHead === void 0) return void 0;
  const root2 = paths.sourceRoot ? clean(paths.sourceRoot) : void 0;
  return root2 ? posix.join(root2, inHead) : inHead;
}
function findingPath(f, run, paths = {}) {
  if (f.file) {
    const path = repoPath(f.file, run, paths);
    if (path)
      return {
        path,
        ...f.line ? { line: f.line } : {},
        ...f.column ? { column: f.column } : {}
      };
  }
  const at = f.counterexample?.location;
  if (at?.file) {
    const path = repoPath(at.file, run, paths);
    if (path) return { path, ...at.line ? { line: at.line } : {} };
  }
  return void 0;
}

// action/render/annotations.ts
function renderAnnotations(run, paths = {}) {
  return run.gates.flatMap(
    (g) => g.findings.flatMap((f) => {
      const at = f.file ? findingPath(f, run, paths) : void 0;
      if (!at) return [];
      return [
        {
          level: f.level === "error" ? "error" : f.level === "warning" ? "warning" : "notice",
          message: f.message,
          properties: {
            title: oneLine(`Maestro Gate \xB7 ${g.gate} \xB7 ${f.rule ?? g.reason_code}`),
            file: at.path,
            ...at.line ? { startLine: at.line } : {},
            ...at.column ? { startColumn: at.column } : {}
          }
        }
      ];
    })
  );
}
var annotationsRenderer = {
  format: "annotations",
  description: "one workflow annotation per finding with a file",
  render: (run, paths) => renderAnnotations(run, paths ?? {})
};

// action/render/check-run.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/render/markdown.ts
init_define_MAESTRO_CODE_DIGESTS();
var ICON2 = { RUN: "\u2705", PAUSE_FOR_HITL: "\u23F8\uFE0F", STOPPED: "\u26D4" };
var FINDINGS_SHOWN = 20;
var text2 = (value) => textNode(value);
var paragraph2 = (...children) => ({
  type: "paragraph",
  children
});
var html2 = (value) => ({ type: "html", value });
function joined(nodes, separator) {
  return nodes.flatMap((n, i) => i === 0 ? [n] : [text2(separator), n]);
}
function item(...children) {
  return { type: "listItem", spread: false, children };
}
function list4(items) {
  return { type: "list", ordered: false, spread: false, children: items };
}
function nonEmptyList(items) {
  return items.length ? [list4(items)] : [];
}
function details(summary, body) {
  return [html2(`<details><summary>${summary}</summary>`), ...body, html2("</details>")];
}
function findingItem(f) {
  const [first = "", ...rest] = f.message.split(/\r\n|\r|\n/);
  const where = f.file ? [codeNode(`${f.file}${f.line ? `:${f.line}` : ""}`), text2(" ")] : [];
  const body = [paragraph2(...where, text2(first))];
  if (rest.length > 0) body.push({ type: "code", value: rest.join("\n") });
  return item(...body);
}
function gateTable(run) {
  const row = (cells) => ({
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  });
  return {
    type: "table",
    align: [null, null, null, "right", "right"],
    children: [
      row(["Gate", "Decision", "Reason", "Findings", "Duration"].map((h) => [text2(h)])),
      ...run.gates.map(
        (g) => row([
          [text2(g.gate)],
          [text2(`${ICON2[g.decision] ?? ""} ${g.decision}`)],
          [codeNode(g.reason_code), ...g.reused ? [text2(" (reused)")] : []],
          [text2(String(g.findings.length))],
          [text2(`${Math.round(g.duration_ms)} ms`)]
        ])
      )
    ]
  };
}
function markdownReport(run) {
  const v = run.verdict;
  const out = [
    {
      type: "heading",
      depth: 2,
      children: [
        text2(`${ICON2[v.decision] ?? ""} Maestro Gate: ${v.decision}${v.sealed ? " (sealed)" : ""}`)
      ]
    },
    paragraph2(text2("Reasons: "), ...joined(v.reason_codes.map(codeNode), ", ")),
    gateTable(run)
  ];
  if (v.decision === "PAUSE_FOR_HITL") {
    out.push(
      paragraph2(
        { type: "strong", children: [text2(`Needs ${v.required_approvals} approval(s)`)] },
        ...v.approver_groups.length ? [text2(" from "), ...joined(v.approver_groups.map(codeNode), ", ")] : [],
        text2(".")
      )
    );
  }
  for (const g of run.gates) {
    for (const card of g.cards ?? []) {
      out.push(
        ...details(`${htmlText(card.title)} \u2014 ${htmlText(card.decision)}`, [
          ...nonEmptyList([
            ...card.reasons.map((r) => item(paragraph2(text2(r)))),
            ...Object.entries(card.evidence).map(
              ([k, d]) => item(paragraph2(text2("evidence "), codeNode(k), text2(": "), codeNode(d)))
            )
          ]),
          paragraph2(text2("To change the outcome: "), text2(card.to_change))
        ])
      );
    }
    const blocking = g.findings.filter((f) => f.level !== "note").slice(0, FINDINGS_SHOWN);
    if (blocking.length > 0 && (g.cards ?? []).length === 0) {
      out.push(
        ...details(`${htmlText(g.gate)}: ${g.findings.length} finding(s)`, [
          list4(blocking.map(findingItem))
        ])
      );
    }
  }
  return out;
}
function markdownList(lines) {
  return serializeMarkdown(list4(lines.map((l) => item(paragraph2(text2(l))))));
}
function renderMarkdown(run) {
  return serializeMarkdown({ type: "root", children: markdownReport(run) });
}

// action/render/check-run.ts
var CHECK_OUTPUT_LIMIT = 65535;
var CHECK_ANNOTATION_LIMIT = 50;
function conclusionFor(decision) {
  switch (decision) {
    case "RUN":
      return "success";
    case "PAUSE_FOR_HITL":
      return "action_required";
    case "STOPPED":
      return "failure";
  }
}
function checkRunVerdict(run) {
  return {
    schema_version: 1,
    tool: run.tool,
    run_id: run.run_id,
    verdict: run.verdict,
    gates: run.gates.map((g) => ({
      gate: g.gate,
      decision: g.decision,
      reason_code: g.reason_code,
      sealed: g.sealed,
      reused: g.reused ?? false,
      inputs_digest: g.inputs_digest,
      findings: g.findings.length
    })),
    audit_head: run.evidence?.audit_head ?? ""
  };
}
var VERDICT_JSON_BEGIN = "<!-- maestro-gate:verdict-json -->";
function truncate(text3, limit) {
  if (text3.length <= limit) return text3;
  const note = "\n\n\u2026 (truncated; the full report is in the job summary and the evidence)\n";
  return text3.slice(0, limit - note.length) + note;
}
function level(f) {
  return f.level === "error" ? "failure" : f.level === "warning" ? "warning" : "notice";
}
function renderCheckRun(run, appendix = "", paths = {}) {
  const v = run.verdict;
  const reused = run.gates.filter((g) => g.reused).map((g) => g.gate);
  const title = `${v.decision}${v.sealed ? " (sealed)" : ""}: ${v.reason_codes.join(", ")}`;
  const json2 = JSON.stringify(checkRunVerdict(run), null, 2);
  const text3 = [
    reused.length ? `Reused cached results for: ${reused.join(", ")} (identical inputs).
` : "No cached result was reused.\n",
    VERDICT_JSON_BEGIN,
    "```json",
    json2,
    "```",
    ""
  ].join("\n");
  const annotations = run.gates.flatMap(
    (g) => g.findings.flatMap((f) => {
      const at = f.file ? findingPath(f, run, paths) : void 0;
      if (!at) return [];
      return [
        {
          path: at.path,
          start_line: at.line ?? 1,
          end_line: at.line ?? 1,
          annotation_level: level(f),
          message: f.message,
          title: oneLine(`${g.gate} \xB7 ${f.rule ?? g.reason_code}`)
        }
      ];
    })
  ).slice(0, CHECK_ANNOTATION_LIMIT);
  return {
    conclusion: conclusionFor(v.decision),
    title: truncate(title, 1e3),
    summary: truncate(renderMarkdown(run) + (appendix ? `
${appendix}` : ""), CHECK_OUTPUT_LIMIT),
    text: truncate(text3, CHECK_OUTPUT_LIMIT),
    annotations
  };
}
var checkRunRenderer = {
  format: "check-run",
  description: "the `maestro-gate` check run: conclusion, title, summary, verdict JSON",
  render: (run, { appendix, ...paths }) => renderCheckRun(run, appendix, paths)
};

// action/render/github.ts
init_define_MAESTRO_CODE_DIGESTS();
function commandData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function commandProperty(value) {
  return commandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter((e) => e[1] !== void 0).map(([k, v]) => `${k}=${commandProperty(String(v))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${commandData(message)}`;
}
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function renderGithub(run, paths = {}) {
  const lines = [];
  for (const g of run.gates) {
    for (const f of g.findings) {
      const at = findingPath(f, run, paths);
      lines.push(
        workflowCommand(
          COMMAND[f.level],
          {
            file: at?.path,
            line: at?.line,
            col: at?.column,
            title: oneLine(`Maestro Gate \xB7 ${g.gate} \xB7 ${f.rule ?? g.reason_code}`)
          },
          f.message
        )
      );
    }
  }
  const v = run.verdict;
  lines.push(
    workflowCommand(
      v.decision === "RUN" ? "notice" : "error",
      { title: `Maestro Gate: ${v.decision}` },
      `${v.decision}${v.sealed ? " (sealed)" : ""}: ${v.reason_codes.join(", ")}`
    )
  );
  return `${lines.join("\n")}
`;
}
var githubRenderer = {
  format: "github",
  description: "GitHub Actions workflow commands (::error file=\u2026,line=\u2026::\u2026), one per finding",
  render: (run, paths) => renderGithub(run, paths ?? {})
};

// action/render/job-summary.ts
init_define_MAESTRO_CODE_DIGESTS();
function renderJobSummary(run, options = {}) {
  const lines = options.publishLines ?? [];
  const notes = lines.length ? `
### Publishing

${markdownList(lines)}` : "";
  const evidence = options.evidenceMarkdown ? `
${options.evidenceMarkdown}` : "";
  return renderMarkdown(run) + evidence + notes;
}
var jobSummaryRenderer = {
  format: "job-summary",
  description: "the job summary: gate report, evidence summary, publishing notes",
  render: renderJobSummary
};

// action/render/json.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/render/renderer.ts
init_define_MAESTRO_CODE_DIGESTS();
function jsonText2(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

// action/render/json.ts
function renderJson(run) {
  return jsonText2(run);
}
var jsonRenderer = {
  format: "json",
  description: "the run document (schemas/gate-run.schema.json)",
  render: renderJson
};

// action/render/junit.ts
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/fast-xml-parser/src/fxp.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/xml-naming/src/index.js
init_define_MAESTRO_CODE_DIGESTS();
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"];
var createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
    );
  }
  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = /* @__PURE__ */ new Map();
  const validator = (str3) => {
    const cached = cache.get(str3);
    if (cached !== void 0) return cached;
    const result = regex.test(str3);
    if (cache.size < maxCacheSize) cache.set(str3, result);
    return result;
  };
  validator.reset = () => {
    cache = /* @__PURE__ */ new Map();
  };
  return validator;
};

// node_modules/path-expression-matcher/src/index.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/path-expression-matcher/src/Expression.js
init_define_MAESTRO_CODE_DIGESTS();
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
init_define_MAESTRO_CODE_DIGESTS();
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level2 = this.siblingStacks[currentLevel];
    if (!level2) {
      level2 = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level2;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level2.counts.get(siblingKey) || 0;
    const position = level2.total;
    level2.counts.set(siblingKey, counter + 1);
    level2.total++;
    const node2 = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node2.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node2.values = attrValues;
    }
    this.path.push(node2);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node2 = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node2;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep5 = separator || this.separator;
    const isDefault = sep5 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep5);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep5);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node2, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node2.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node2.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node2.values || !(segment.attrName in node2.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node2.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node2.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node2) => ({ ...node2 })),
      siblingStacks: this.siblingStacks.map((level2) => level2 ? { counts: new Map(level2.counts), total: level2.total } : level2),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node2) => ({ ...node2 }));
    this.siblingStacks = snapshot.siblingStacks.map((level2) => level2 ? { counts: new Map(level2.counts), total: level2.total } : level2);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/fast-xml-builder/src/fxb.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
init_define_MAESTRO_CODE_DIGESTS();

// node_modules/fast-xml-builder/src/util.js
init_define_MAESTRO_CODE_DIGESTS();
function valToStr(val) {
  return typeof val === "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
  return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function resolveName(name, isAttribute2, options, matcher, validator) {
  if (!options.sanitizeName) return name;
  const isPI = !isAttribute2 && name[0] === "?";
  const bare = isPI ? name.slice(1) : name;
  if (validator(bare)) return name;
  const result = options.sanitizeName(bare, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result !== "string" || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? "?" + result : result;
}

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
var EOL = "\n";
function detectXmlVersionFromArray(jArray, options) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  const first = jArray[0];
  const firstKey = propName(first);
  if (firstKey === "?xml") {
    const attrs = first[":@"];
    if (attrs) {
      const versionKey = options.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options) {
  let indentation = "";
  if (options.format) {
    indentation = EOL;
  }
  const stopNodeExpressions = [];
  if (options.stopNodes && Array.isArray(options.stopNodes)) {
    for (let i = 0; i < options.stopNodes.length; i++) {
      const node2 = options.stopNodes[i];
      if (typeof node2 === "string") {
        stopNodeExpressions.push(new Expression(node2));
      } else if (node2 instanceof Expression) {
        stopNodeExpressions.push(node2);
      }
    }
  }
  const xmlVersion = detectXmlVersionFromArray(jArray, options);
  const qNameValidator = createValidator("qName", { xmlVersion });
  const matcher = new Matcher();
  return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "";
  let isPreviousElementTag = false;
  if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      let text3 = valToStr(arr);
      text3 = replaceEntitiesValue(text3, options);
      return text3;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const rawTagName = propName(tagObj);
    if (rawTagName === void 0) continue;
    const isSpecialName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName;
    const tagName = isSpecialName ? rawTagName : resolveName(rawTagName, false, options, matcher, qNameValidator);
    const attrValues = extractAttributeValues(tagObj[":@"], options);
    matcher.push(tagName, attrValues);
    const isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options.textNodeName) {
      let tagText = tagObj[rawTagName];
      if (!isStopNode) {
        tagText = options.tagValueProcessor(tagName, tagText);
        tagText = replaceEntitiesValue(tagText, options);
      }
      tagText = valToStr(tagText);
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      xmlStr += tagText;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.cdataPropName) {
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.commentPropName) {
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      const attStr2 = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
      const tempInd = tagName === "?xml" ? "" : indentation;
      xmlStr += tempInd + `<${tagName}${attStr2}?>`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    if (newIdentation !== "") {
      newIdentation += options.indentBy;
    }
    const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
    const tagStart = indentation + `<${tagName}${attStr}`;
    let tagValue;
    if (isStopNode) {
      tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
    } else {
      tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
    }
    if (options.unpairedTags.indexOf(tagName) !== -1) {
      if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
      else xmlStr += tagStart + "/>";
    } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
      xmlStr += tagStart + "/>";
    } else if (tagValue && tagValue.endsWith(">")) {
      xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
    } else {
      xmlStr += tagStart + ">";
      if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
        xmlStr += indentation + options.indentBy + tagValue + indentation;
      } else {
        xmlStr += tagValue;
      }
      xmlStr += `</${tagName}>`;
    }
    isPreviousElementTag = true;
    matcher.pop();
  }
  return xmlStr;
}
function extractAttributeValues(attrMap, options) {
  if (!attrMap || options.ignoreAttributes) return null;
  const attrValues = {};
  let hasAttrs = false;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    const cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
    hasAttrs = true;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options, depth = 0) {
  if (options.maxNestedTags && depth > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      return valToStr(arr);
    }
    return "";
  }
  let content = "";
  for (let i = 0; i < arr.length; i++) {
    const item2 = arr[i];
    const tagName = propName(item2);
    if (tagName === options.textNodeName) {
      content += valToStr(item2[tagName]);
    } else if (tagName === options.cdataPropName) {
      content += item2[tagName][0][options.textNodeName];
    } else if (tagName === options.commentPropName) {
      content += item2[tagName][0][options.textNodeName];
    } else if (tagName && tagName[0] === "?") {
      continue;
    } else if (tagName) {
      const attStr = attr_to_str_raw(item2[":@"], options);
      const nestedContent = getRawContent(item2[tagName], options, depth + 1);
      if (!nestedContent || nestedContent.length === 0) {
        content += `<${tagName}${attStr}/>`;
      } else {
        content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
      } else {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (key !== ":@") return key;
  }
}
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
      const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options, matcher, qNameValidator);
      let attrVal;
      if (isStopNode) {
        attrVal = attrMap[attr];
      } else {
        attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
        attrVal = replaceEntitiesValue(attrVal, options);
      }
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${resolvedAttrName}`;
      } else {
        attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
  if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < stopNodeExpressions.length; i++) {
    if (matcher.matches(stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
}
function replaceEntitiesValue(textValue, options) {
  if (textValue && textValue.length > 0 && options.processEntities) {
    for (let i = 0; i < options.entities.length; i++) {
      const entity = options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
}

// node_modules/fast-xml-builder/src/ignoreAttributes.js
init_define_MAESTRO_CODE_DIGESTS();
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/fast-xml-builder/src/fxb.js
var defaultOptions = {
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  cdataPropName: false,
  format: false,
  indentBy: "  ",
  suppressEmptyNode: false,
  suppressUnpairedNode: true,
  suppressBooleanAttributes: true,
  tagValueProcessor: function(key, a) {
    return a;
  },
  attributeValueProcessor: function(attrName, a) {
    return a;
  },
  preserveOrder: false,
  commentPropName: false,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },
    //it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("'", "g"), val: "&apos;" },
    { regex: new RegExp('"', "g"), val: "&quot;" }
  ],
  processEntities: true,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: false,
  maxNestedTags: 100,
  jPath: true,
  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: false
  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};
function Builder(options) {
  this.options = Object.assign({}, defaultOptions, options);
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map((node2) => {
      if (typeof node2 === "string" && node2.startsWith("*.")) {
        return ".." + node2.substring(2);
      }
      return node2;
    });
  }
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node2 = this.options.stopNodes[i];
      if (typeof node2 === "string") {
        this.stopNodeExpressions.push(new Expression(node2));
      } else if (node2 instanceof Expression) {
        this.stopNodeExpressions.push(node2);
      }
    }
  }
  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function() {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }
  this.processTextOrObjNode = processTextOrObjNode;
  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = ">\n";
    this.newLine = "\n";
  } else {
    this.indentate = function() {
      return "";
    };
    this.tagEndChar = ">";
    this.newLine = "";
  }
}
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj["?xml"];
  if (decl && typeof decl === "object") {
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v2 = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    const v = decl[options.attributeNamePrefix + "version"];
    if (v) return v;
  }
  return "1.0";
}
Builder.prototype.build = function(jObj) {
  if (this.options.preserveOrder) {
    return toXml(jObj, this.options);
  } else {
    if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
      jObj = {
        [this.options.arrayNodeName]: jObj
      };
    }
    const matcher = new Matcher();
    const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
    const qNameValidator = createValidator("qName", { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};
Builder.prototype.j2x = function(jObj, level2, matcher, qNameValidator) {
  let attrStr = "";
  let val = "";
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  const jPath = this.options.jPath ? matcher.toString() : matcher;
  const isCurrentStopNode = this.checkStopNode(matcher);
  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
    const isSpecialKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key);
    const resolvedKey = isSpecialKey ? key : resolveName(key, false, this.options, matcher, qNameValidator);
    if (typeof jObj[key] === "undefined") {
      if (this.isAttribute(key)) {
        val += "";
      }
    } else if (jObj[key] === null) {
      if (this.isAttribute(key)) {
        val += "";
      } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
        val += "";
      } else if (resolvedKey[0] === "?") {
        val += this.indentate(level2) + "<" + resolvedKey + "?" + this.tagEndChar;
      } else {
        val += this.indentate(level2) + "<" + resolvedKey + "/" + this.tagEndChar;
      }
    } else if (jObj[key] instanceof Date) {
      val += this.buildTextValNode(jObj[key], resolvedKey, "", level2, matcher);
    } else if (typeof jObj[key] !== "object") {
      const attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr) {
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          matcher.push(resolvedKey);
          const isStopNode = this.checkStopNode(matcher);
          matcher.pop();
          if (isStopNode) {
            const textValue = valToStr(jObj[key]);
            if (textValue === "") {
              val += this.indentate(level2) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
            } else {
              val += this.indentate(level2) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
            }
          } else {
            val += this.buildTextValNode(jObj[key], resolvedKey, "", level2, matcher);
          }
        }
      }
    } else if (Array.isArray(jObj[key])) {
      const arrLen = jObj[key].length;
      let listTagVal = "";
      let listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        const item2 = jObj[key][j];
        if (typeof item2 === "undefined") {
        } else if (item2 === null) {
          if (resolvedKey[0] === "?") val += this.indentate(level2) + "<" + resolvedKey + "?" + this.tagEndChar;
          else val += this.indentate(level2) + "<" + resolvedKey + "/" + this.tagEndChar;
        } else if (typeof item2 === "object") {
          if (this.options.oneListGroup) {
            matcher.push(resolvedKey);
            const result = this.j2x(item2, level2 + 1, matcher, qNameValidator);
            matcher.pop();
            listTagVal += result.val;
            if (this.options.attributesGroupName && item2.hasOwnProperty(this.options.attributesGroupName)) {
              listTagAttr += result.attrStr;
            }
          } else {
            listTagVal += this.processTextOrObjNode(item2, resolvedKey, level2, matcher, qNameValidator);
          }
        } else {
          if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item2);
            textValue = this.replaceEntitiesValue(textValue);
            textValue = valToStr(textValue);
            listTagVal += textValue;
          } else {
            matcher.push(resolvedKey);
            const isStopNode = this.checkStopNode(matcher);
            matcher.pop();
            if (isStopNode) {
              const textValue = valToStr(item2);
              if (textValue === "") {
                listTagVal += this.indentate(level2) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
              } else {
                listTagVal += this.indentate(level2) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
              }
            } else {
              listTagVal += this.buildTextValNode(item2, resolvedKey, "", level2, matcher);
            }
          }
        }
      }
      if (this.options.oneListGroup) {
        listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level2);
      }
      val += listTagVal;
    } else {
      if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
        const Ks = Object.keys(jObj[key]);
        const L = Ks.length;
        for (let j = 0; j < L; j++) {
          const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
          attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
        }
      } else {
        val += this.processTextOrObjNode(jObj[key], resolvedKey, level2, matcher, qNameValidator);
      }
    }
  }
  return { attrStr, val };
};
Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
  if (!isStopNode) {
    val = this.options.attributeValueProcessor(attrName, valToStr(val));
    val = this.replaceEntitiesValue(val);
  }
  if (this.options.suppressBooleanAttributes && val === "true") {
    return " " + attrName;
  } else return " " + attrName + '="' + escapeAttribute(val) + '"';
};
function processTextOrObjNode(object, key, level2, matcher, qNameValidator) {
  const attrValues = this.extractAttributes(object);
  matcher.push(key, attrValues);
  const isStopNode = this.checkStopNode(matcher);
  if (isStopNode) {
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level2);
  }
  const result = this.j2x(object, level2 + 1, matcher, qNameValidator);
  matcher.pop();
  if (key[0] === "?") {
    return this.buildTextValNode("", key, result.attrStr, level2, matcher);
  } else if (object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level2, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level2);
  }
}
Builder.prototype.extractAttributes = function(obj) {
  if (!obj || typeof obj !== "object") return null;
  const attrValues = {};
  let hasAttrs = false;
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
      hasAttrs = true;
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        attrValues[attr] = escapeAttribute(obj[key]);
        hasAttrs = true;
      }
    }
  }
  return hasAttrs ? attrValues : null;
};
Builder.prototype.buildRawContent = function(obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (typeof obj === "string") {
    return obj;
  }
  if (typeof obj !== "object" || obj === null) {
    return String(obj);
  }
  if (obj[this.options.textNodeName] !== void 0) {
    return obj[this.options.textNodeName];
  }
  let content = "";
  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (this.isAttribute(key)) continue;
    if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
    const value = obj[key];
    if (key === this.options.textNodeName) {
      content += value;
    } else if (Array.isArray(value)) {
      for (let item2 of value) {
        if (typeof item2 === "string" || typeof item2 === "number") {
          content += `<${key}>${item2}</${key}>`;
        } else if (typeof item2 === "object" && item2 !== null) {
          const nestedContent = this.buildRawContent(item2, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(item2);
          if (nestedContent === "") {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        }
      }
    } else if (typeof value === "object" && value !== null) {
      const nestedContent = this.buildRawContent(value, depth + 1);
      const nestedAttrs = this.buildAttributesForStopNode(value);
      if (nestedContent === "") {
        content += `<${key}${nestedAttrs}/>`;
      } else {
        content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
      }
    } else {
      content += `<${key}>${value}</${key}>`;
    }
  }
  return content;
};
Builder.prototype.buildAttributesForStopNode = function(obj) {
  if (!obj || typeof obj !== "object") return "";
  let attrStr = "";
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      const val = attrGroup[attrKey];
      if (val === true && this.options.suppressBooleanAttributes) {
        attrStr += " " + cleanKey;
      } else {
        attrStr += " " + cleanKey + '="' + escapeAttribute(val) + '"';
      }
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        const val = obj[key];
        if (val === true && this.options.suppressBooleanAttributes) {
          attrStr += " " + attr;
        } else {
          attrStr += " " + attr + '="' + escapeAttribute(val) + '"';
        }
      }
    }
  }
  return attrStr;
};
Builder.prototype.buildObjectNode = function(val, key, attrStr, level2) {
  if (val === "") {
    if (key[0] === "?") return this.indentate(level2) + "<" + key + attrStr + "?" + this.tagEndChar;
    else {
      return this.indentate(level2) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    }
  } else if (key[0] === "?") {
    return this.indentate(level2) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let tagEndExp = "</" + key + this.tagEndChar;
    let piClosingChar = "";
    if (key[0] === "?") {
      piClosingChar = "?";
      tagEndExp = "";
    }
    if ((attrStr || attrStr === "") && val.indexOf("<") === -1) {
      return this.indentate(level2) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp;
    } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
      return this.indentate(level2) + `<!--${safeComment(val)}-->` + this.newLine;
    } else {
      return this.indentate(level2) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level2) + tagEndExp;
    }
  }
};
Builder.prototype.closeTag = function(key) {
  let closeTag = "";
  if (this.options.unpairedTags.indexOf(key) !== -1) {
    if (!this.options.suppressUnpairedNode) closeTag = "/";
  } else if (this.options.suppressEmptyNode) {
    closeTag = "/";
  } else {
    closeTag = `></${key}`;
  }
  return closeTag;
};
Builder.prototype.checkStopNode = function(matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < this.stopNodeExpressions.length; i++) {
    if (matcher.matches(this.stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
};
Builder.prototype.buildTextValNode = function(val, key, attrStr, level2, matcher) {
  if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
    const safeVal = safeCdata(val);
    return this.indentate(level2) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
    const safeVal = safeComment(val);
    return this.indentate(level2) + `<!--${safeVal}-->` + this.newLine;
  } else if (key[0] === "?") {
    return this.indentate(level2) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let textValue = this.options.tagValueProcessor(key, val);
    textValue = this.replaceEntitiesValue(textValue);
    textValue = valToStr(textValue);
    if (textValue === "") {
      return this.indentate(level2) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    } else {
      return this.indentate(level2) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
    }
  }
};
Builder.prototype.replaceEntitiesValue = function(textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities) {
    for (let i = 0; i < this.options.entities.length; i++) {
      const entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
};
function indentate(level2) {
  return this.options.indentBy.repeat(level2);
}
function isAttribute(name) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
var json2xml_default = Builder;

// action/render/junit.ts
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
function xmlText(value) {
  return value.replace(NOT_XML, "");
}
var builder = new json2xml_default({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  suppressEmptyNode: true
});
function renderJunit(run, paths = {}) {
  const suites = run.gates.map((g) => {
    const gateCase = {
      "@_name": xmlText(`${g.gate}: ${g.decision} ${g.reason_code}`),
      "@_classname": `maestro-gate.${g.gate}`,
      "@_time": (g.duration_ms / 1e3).toFixed(3),
      ...g.decision === "RUN" ? {} : {
        failure: {
          "@_type": g.decision,
          "@_message": xmlText(oneLine(g.summary ?? g.reason_code)),
          "#text": xmlText(g.summary ?? g.reason_code)
        }
      }
    };
    const findingCases = g.findings.map((f) => {
      const at = findingPath(f, run, paths);
      const where = at ? formatLocation({
        file: at.path,
        ...at.line ? { line: at.line } : {},
        ...at.column ? { column: at.column } : {}
      }) : void 0;
      return {
        "@_name": xmlText(oneLine(`${f.rule ?? g.reason_code}${where ? ` at ${where}` : ""}`)),
        "@_classname": `maestro-gate.${g.gate}`,
        ...at ? { "@_file": xmlText(at.path) } : {},
        ...at?.line ? { "@_line": at.line } : {},
        ...f.level === "error" ? {
          failure: {
            "@_type": f.level,
            "@_message": xmlText(oneLine(f.message)),
            "#text": xmlText(f.message)
          }
        } : { "system-out": xmlText(`${f.level}: ${f.message}`) }
      };
    });
    const cases = [gateCase, ...findingCases];
    return {
      "@_name": g.gate,
      "@_tests": cases.length,
      "@_failures": cases.filter((c) => "failure" in c).length,
      "@_errors": 0,
      "@_time": (g.duration_ms / 1e3).toFixed(3),
      testcase: cases
    };
  });
  const doc = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    testsuites: {
      "@_name": xmlText(`Maestro Gate: ${run.verdict.decision}`),
      "@_tests": suites.reduce((n, s) => n + s["@_tests"], 0),
      "@_failures": suites.reduce((n, s) => n + s["@_failures"], 0),
      "@_errors": 0,
      testsuite: suites
    }
  };
  return builder.build(doc);
}
var junitRenderer = {
  format: "junit",
  description: "JUnit XML: a test suite per gate, a test case per decision and per finding",
  render: (run, paths) => renderJunit(run, paths ?? {})
};

// action/render/pr-comment.ts
init_define_MAESTRO_CODE_DIGESTS();
var COMMENT_LIMIT = 65536;
function renderPrComment(run, marker, links = {}) {
  const footer = [];
  if (links.checkRunUrl) footer.push(`[Check run](${links.checkRunUrl})`);
  if (links.workflowRunUrl) footer.push(`[Workflow run and evidence](${links.workflowRunUrl})`);
  const reused = run.gates.filter((g) => g.reused).map((g) => g.gate);
  const tail = [
    reused.length ? `Reused cached results for: ${reused.join(", ")}.` : "",
    footer.length ? footer.join(" \xB7 ") : "",
    `<sub>Run \`${run.run_id}\` \xB7 audit head \`${run.evidence?.audit_head ?? "none"}\`</sub>`
  ].filter(Boolean).join("\n\n");
  let body = renderMarkdown(run) + (links.appendix ? `
${links.appendix}` : "");
  const room = COMMENT_LIMIT - marker.length - tail.length - 200;
  if (body.length > room) body = `${body.slice(0, room)}

\u2026 (truncated; see the job summary)
`;
  return `${marker}
${body}
${tail}
`;
}
var prCommentRenderer = {
  format: "pr-comment",
  description: "the sticky pull-request comment",
  render: (run, { marker, ...links }) => renderPrComment(run, marker, links)
};

// action/render/sarif.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHash as createHash4 } from "node:crypto";
var INFORMATION_URI = "https://maestro-gate.dev";
var GATE_DOCS = {
  opa: "policies",
  invariants: "invariants",
  modelcheck: "model-checking",
  ope: "ope",
  evidence: "evidence",
  tamper: "github",
  config: "github",
  host: "github",
  audit: "architecture",
  verdict: "architecture",
  approval: "app"
};
var FINGERPRINT_KEY = "maestroFinding/v1";
function sarifText(text3) {
  return text3.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, (c) => `\\${c}`);
}
function describe(code3) {
  const entry = CODEBOOK.reason_codes[code3];
  return entry?.description ?? `Reason code ${code3}.`;
}
function rule(gate, name, code3) {
  const gateText = CODEBOOK.gates[gate] ?? gate;
  const doc = `${INFORMATION_URI}/docs/${GATE_DOCS[gate] ?? "architecture"}`;
  const what = describe(code3);
  return {
    id: `${gate}/${oneLine(name)}`,
    name: oneLine(name),
    shortDescription: { text: sarifText(oneLine(`${gate}: ${name}`)) },
    fullDescription: { text: sarifText(`${gateText}. ${code3}: ${what}`) },
    help: {
      text: sarifText(`${what} See ${doc} for what the ${gate} gate checks and how to fix it.`),
      markdown: `**${code3}**: ${what.replace(/[\\`*_[\]<>]/g, "\\$&")}

See [the ${gate} gate](${doc}).`
    },
    helpUri: doc,
    properties: { gate, reason_code: code3 }
  };
}
function uriOf(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function fingerprint2(...parts) {
  return createHash4("sha256").update(parts.join("\0")).digest("hex");
}
function renderSarif(run, paths = {}) {
  const rules = /* @__PURE__ */ new Map();
  const results = [];
  const configPath = repoPath(run.config_file, run, paths) ?? repoPath(DEFAULT_CONFIG_PATH, run, paths);
  for (const g of run.gates) {
    for (const f of g.findings) {
      const r = rule(g.gate, f.rule ?? g.reason_code, g.reason_code);
      const id = r.id;
      if (!rules.has(id)) rules.set(id, { index: rules.size, rule: r });
      const at = findingPath(f, run, paths) ?? { path: configPath, line: 1 };
      results.push({
        ruleId: id,
        ruleIndex: rules.get(id).index,
        level: f.level,
        message: { text: sarifText(f.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(at.path) },
              region: {
                startLine: at.line ?? 1,
                ...at.column ? { startColumn: at.column } : {}
              }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint2(id, at.path, f.message) },
        properties: { gate: g.gate, decision: g.decision, reason_code: g.reason_code }
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: run.tool.name,
            version: run.tool.version,
            semanticVersion: run.tool.version,
            informationUri: INFORMATION_URI,
            rules: [...rules.values()].map((r) => r.rule)
          }
        },
        results,
        properties: { verdict: run.verdict }
      }
    ]
  };
}
var sarifRenderer = {
  format: "sarif",
  description: "SARIF 2.1.0 for code scanning",
  render: (run, paths) => jsonText2(renderSarif(run, paths ?? {}))
};

// action/render/text.ts
init_define_MAESTRO_CODE_DIGESTS();
function locatedMessage(f) {
  if (!f.file) return f.message;
  const where = formatLocation({
    file: f.file,
    ...f.line ? { line: f.line } : {},
    ...f.column ? { column: f.column } : {}
  });
  const m = f.message;
  const says = (c) => m === c || m.startsWith(`${c}:`) || m.startsWith(`${c} `);
  return says(where) || f.line === void 0 && says(f.file) ? m : `${where}: ${m}`;
}
function pad(s, n) {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function renderText(run) {
  const rows = run.gates.map((g) => [
    g.gate,
    g.decision,
    g.reason_code + (g.reused ? " (reused)" : ""),
    `${Math.round(g.duration_ms)} ms`
  ]);
  const header = ["GATE", "DECISION", "REASON", "DURATION"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i])).join("  ").trimEnd();
  const out = [line(header), ...rows.map(line), ""];
  for (const g of run.gates) {
    for (const f of g.findings) {
      if (g.decision === "RUN" && f.level === "note") continue;
      out.push(`${f.level.toUpperCase()} [${g.gate}] ${terminalText(locatedMessage(f))}`);
    }
  }
  const v = run.verdict;
  out.push(
    "",
    `VERDICT: ${v.decision}${v.sealed ? " (sealed: no approval can lift it)" : ""} \u2014 ${v.reason_codes.join(", ")}`
  );
  if (v.decision === "PAUSE_FOR_HITL") {
    out.push(
      `  needs ${v.required_approvals} approval(s)${v.approver_groups.length ? ` from ${v.approver_groups.join(", ")}` : ""}`
    );
  }
  const e = run.evidence;
  if (e) {
    out.push(`audit log: ${e.audit_log}`, `evidence:  ${e.dir}`);
    if (e.signed) {
      out.push(
        `signed:    ${e.signing_mode} (${e.bundle ?? ""}); check it: maestro-gate verify --help`
      );
    } else if (e.unsigned_reason) {
      out.push(`unsigned:  ${e.unsigned_reason}`);
    }
  }
  return `${out.join("\n")}
`;
}
var textRenderer = {
  format: "text",
  description: "the verdict table and the findings, for a terminal",
  render: renderText
};

// action/render/registry.ts
var RENDERERS = {
  text: textRenderer,
  json: jsonRenderer,
  sarif: sarifRenderer,
  junit: junitRenderer,
  github: githubRenderer,
  "job-summary": jobSummaryRenderer,
  "pr-comment": prCommentRenderer,
  "check-run": checkRunRenderer,
  annotations: annotationsRenderer,
  html: viewerRenderer
};
var STREAM_FORMATS = ["text", "json", "sarif", "junit", "github", "html"];
function isStreamFormat(value) {
  return STREAM_FORMATS.includes(value);
}
function streamRenderer(format) {
  return RENDERERS[format];
}

// action/cli/early-stop.ts
init_define_MAESTRO_CODE_DIGESTS();
import { randomUUID as randomUUID2 } from "node:crypto";
var DISK_ERRORS = /* @__PURE__ */ new Set([
  "ENOSPC",
  "EROFS",
  "EACCES",
  "EPERM",
  "EDQUOT",
  "ENOENT",
  "ENOTDIR",
  "EISDIR",
  "EEXIST"
]);
function earlyStopError(thrown, evidenceDir) {
  if (thrown instanceof MaestroError) return thrown;
  const errno = thrown?.code;
  if (typeof errno === "string" && DISK_ERRORS.has(errno)) {
    const path = thrown.path ?? evidenceDir;
    const what = errno === "ENOSPC" || errno === "EDQUOT" ? "the disk is full" : errno === "EROFS" || errno === "EACCES" || errno === "EPERM" ? "it is not writable" : "it is not a usable directory";
    return new MaestroError(
      "EVIDENCE_WRITE_FAILED",
      `cannot write the evidence at ${path}: ${what} (${errno}). Pass --evidence-dir DIR naming a writable directory with free space; an unrecorded verdict never stands.`,
      { cause: thrown, location: { file: path } }
    );
  }
  return normaliseThrown(thrown, "GATE_ERROR", { nonErrorCode: "GATE_THREW_NON_ERROR" });
}
function earlyStopRun(error, where) {
  const layer = error.code.startsWith("EVIDENCE_") ? "evidence" : error.code.startsWith("AUDIT_") ? "audit" : "config";
  const finding = { level: "error", message: error.message, ...error.location ?? {} };
  const result = stoppedResult(layer, error.code, error.message, { findings: [finding] });
  return buildRun(
    {
      run_id: randomUUID2(),
      started_at: (/* @__PURE__ */ new Date()).toISOString(),
      head_dir: where.headDir,
      base_dir: where.baseDir,
      config_file: where.configFile
    },
    [result]
  );
}

// action/cli/changed-files.ts
init_define_MAESTRO_CODE_DIGESTS();
import { execFileSync as execFileSync2 } from "node:child_process";
function git(dir, args) {
  return execFileSync2("git", ["-C", dir, "-c", "core.quotepath=false", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"]
  });
}
function untrackedNumstat(dir, path) {
  try {
    return git(dir, ["diff", "--no-index", "--numstat", "-z", "--", "/dev/null", path]);
  } catch (thrown) {
    const out = thrown.stdout;
    if (thrown.status === 1 && typeof out === "string") return out;
    throw thrown;
  }
}
var STATUS = {
  A: "added",
  D: "removed",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "changed"
};
function fields(out) {
  const f = out.split("\0");
  if (f[f.length - 1] === "") f.pop();
  return f;
}
function numstat(out) {
  const counts = /* @__PURE__ */ new Map();
  const f = fields(out);
  for (let i = 0; i < f.length; i++) {
    const [add = "-", del = "-", path = ""] = f[i].split("	");
    const newPath = path === "" ? f[i += 2] : path;
    counts.set(newPath, {
      additions: add === "-" ? 0 : Number(add),
      deletions: del === "-" ? 0 : Number(del)
    });
  }
  return counts;
}
function nameStatus(out) {
  const f = fields(out);
  const rows = [];
  for (let i = 0; i < f.length; i++) {
    const code3 = f[i];
    if (code3.startsWith("R") || code3.startsWith("C")) {
      rows.push({ status: code3[0], previous: f[i + 1], path: f[i + 2] });
      i += 2;
    } else {
      rows.push({ status: code3[0], path: f[++i] });
    }
  }
  return rows;
}
function gitChangedFiles(headDir, baseRef) {
  try {
    const base = git(headDir, ["merge-base", "--end-of-options", baseRef, "HEAD"]).trim();
    const diff = (mode) => git(headDir, ["diff", "-M", "-z", mode, "--end-of-options", base]);
    const rows = nameStatus(diff("--name-status"));
    const counts = numstat(diff("--numstat"));
    const files = rows.map((r) => ({
      path: r.path,
      status: STATUS[r.status] ?? "changed",
      additions: counts.get(r.path)?.additions ?? 0,
      deletions: counts.get(r.path)?.deletions ?? 0,
      ...r.previous !== void 0 && r.status === "R" ? { previous_path: r.previous } : {}
    }));
    for (const path of fields(git(headDir, ["ls-files", "-z", "--others", "--exclude-standard"]))) {
      const lines = untrackedNumstat(headDir, path);
      const [add = "-"] = lines.split("	");
      files.push({ path, status: "added", additions: add === "-" ? 0 : Number(add), deletions: 0 });
    }
    return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  } catch (thrown) {
    throw new MaestroError(
      "BASE_SNAPSHOT_UNAVAILABLE",
      `base ${baseRef}: cannot list the changed files with git diff in ${headDir} (${describeThrown(thrown).split("\n")[0]}). Fetch the base ref (e.g. git fetch origin main) or pass --base-dir DIR.`,
      { cause: thrown }
    );
  }
}

// action/cli/check.ts
function readSigningKey(file) {
  try {
    return readFileSync6(file, "utf8");
  } catch (thrown) {
    throw new UsageError(`--signing-key ${file}: cannot read the key (${describeThrown(thrown)})`);
  }
}
function repoPathsOf(dir) {
  try {
    const top = execFileSync3("git", ["-C", dir, "rev-parse", "--show-toplevel"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    const rel = relative6(realpathSync2(top), realpathSync2(dir)).split(sep4).join("/");
    return rel && !rel.startsWith("..") ? { sourceRoot: rel } : {};
  } catch {
    return {};
  }
}
function headCommit(dir) {
  const git2 = (...args) => execFileSync3("git", ["-C", dir, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"]
  }).trim();
  try {
    if (realpathSync2(git2("rev-parse", "--show-toplevel")) !== realpathSync2(dir)) return {};
    const sha = git2("rev-parse", "HEAD");
    return /^[0-9a-f]{40}$/.test(sha) ? { headSha: sha } : {};
  } catch {
    return {};
  }
}
function branchNameOf(dir, ref) {
  try {
    const full = execFileSync3(
      "git",
      ["-C", dir, "rev-parse", "--symbolic-full-name", "--end-of-options", ref],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }
    ).trim();
    const m = /^refs\/(?:heads\/|remotes\/[^/]+\/)(.+)$/.exec(full);
    return m?.[1];
  } catch {
    return void 0;
  }
}
var CHECK_USAGE = `Usage: maestro-gate check [DIR] [options]

Runs the configured gates on DIR (default: .) and prints the verdict.

Options:
  --base REF          trusted snapshot to read config and gate material from: a git ref of
                      DIR, extracted with git archive (default: DIR itself); never a path
                      inside DIR (dir:PATH names a directory, as --base-dir does). The
                      changed files are then git diff -M from the merge base, as GitHub
                      lists them
  --base-dir PATH     the trusted snapshot as a directory; must lie outside DIR
  --config FILE       configuration file, relative to the base (default: .github/maestro.yml)
  --format FORMAT     text (default), json (schemas/gate-run.schema.json), sarif, html, junit
                      (JUnit XML) or github (workflow commands: ::error file=\u2026,line=\u2026::\u2026)
  --fail-on WHEN      paused (default): exit 2 on PAUSE_FOR_HITL; stopped: a pause exits 0
                      and only STOPPED fails, as the Action's fail-on input
  --evidence-dir DIR  where the audit log, run document and evidence go (default: DIR/.maestro)
  --cache-dir DIR     reuse results of expensive gates for identical inputs (set
                      MAESTRO_CACHE_SECRET to sign entries; without it only results that
                      cannot let a run pass are reused)
  --signing-key FILE  sign the evidence with this P-256 private key (PEM)
  --ephemeral-key     sign the evidence with a fresh key made for this run (its public key
                      is written beside the evidence; proves integrity, not identity)
  --base-ref NAME     the base branch, for the unsigned-evidence policy (default: the branch
                      --base names, e.g. main for origin/main; without one, a local run)
  --sarif FILE        also write SARIF to FILE
  --quiet             no progress lines on stderr
  --explain           also print the policies' print() output (stderr), like conftest --trace

Exit codes: 0 = RUN (or PAUSE_FOR_HITL with --fail-on stopped), 2 = PAUSE_FOR_HITL,
1 = STOPPED, 64 = usage error.
`;
async function checkCommand(argv, io) {
  const { values, positionals } = parseCliArgs("check", {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: "string" },
      "base-dir": { type: "string" },
      config: { type: "string" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: DEFAULT_FAIL_ON },
      "evidence-dir": { type: "string" },
      "cache-dir": { type: "string" },
      sarif: { type: "string" },
      "signing-key": { type: "string" },
      "ephemeral-key": { type: "boolean", default: false },
      "base-ref": { type: "string" },
      quiet: { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(
      `check takes one directory, got ${positionals.length}: ${positionals.join(" ")}`
    );
  const format = values.format;
  if (!isStreamFormat(format)) {
    const near = didYouMean(format, STREAM_FORMATS);
    throw new UsageError(
      `--format must be ${STREAM_FORMATS.join(", ")} (got ${format}${near ? `; did you mean ${near}?` : ""})`
    );
  }
  const failOn = values["fail-on"];
  if (!isFailOn(failOn))
    throw new UsageError(`--fail-on must be paused or stopped (got ${failOn})`);
  if (values["signing-key"] !== void 0 && values["ephemeral-key"]) {
    throw new UsageError("--signing-key and --ephemeral-key exclude each other");
  }
  let signing;
  if (values["signing-key"] !== void 0) {
    signing = { mode: "key", keyPem: readSigningKey(values["signing-key"]) };
  } else if (values["ephemeral-key"]) {
    signing = { mode: "key", keyPem: generateEphemeralKey().privateKeyPem };
  }
  const headDir = resolve6(positionals[0] ?? ".");
  if (values.base !== void 0 && values["base-dir"] !== void 0)
    throw new UsageError("--base and --base-dir exclude each other");
  const baseSpec = values["base-dir"] !== void 0 ? `${BASE_DIR_PREFIX}${values["base-dir"]}` : values.base;
  const evidenceDir = resolve6(values["evidence-dir"] ?? resolve6(headDir, ".maestro"));
  let baseDir = headDir;
  const started = Date.now();
  let lastProgress = 0;
  let run;
  let changedFiles;
  let baseRef = values["base-ref"];
  try {
    if (baseSpec !== void 0) baseDir = resolveBase(baseSpec, headDir);
    if (values.base !== void 0 && !values.base.startsWith(BASE_DIR_PREFIX)) {
      changedFiles = gitChangedFiles(headDir, values.base);
      baseRef ??= branchNameOf(headDir, values.base);
    }
    run = await pipeline();
  } catch (thrown) {
    const error = earlyStopError(thrown, evidenceDir);
    io.stderr(`maestro-gate check: STOPPED ${error.code}: ${error.message}
`);
    run = earlyStopRun(error, {
      headDir,
      baseDir,
      evidenceDir,
      configFile: values.config ?? DEFAULT_CONFIG_PATH
    });
  }
  async function pipeline() {
    const out = await runPipeline({
      gateDeps: { opaToolchain: opaToolchainFromEnvironment(process.env) },
      headDir,
      baseDir,
      ...values.config ? { configPath: values.config } : {},
      evidenceDir,
      ...values["cache-dir"] ? { cacheDir: values["cache-dir"] } : {},
      ...signing ? { signing } : {},
      ...process.env["MAESTRO_CACHE_SECRET"] ? { cacheSecret: new TextEncoder().encode(process.env["MAESTRO_CACHE_SECRET"]) } : {},
      ...baseRef ? { baseRef } : {},
      ...changedFiles ? { changedFiles } : {},
      ...headCommit(headDir),
      progress: (line) => {
        if (values.quiet) return;
        const t = Date.now();
        if (!line.includes(": ") || t - lastProgress > 250) {
          lastProgress = t;
          io.stderr(`[${((t - started) / 1e3).toFixed(1)}s] ${line}
`);
        }
      }
    });
    return out.run;
  }
  const paths = repoPathsOf(headDir);
  if (values.sarif) writeFileSync2(values.sarif, streamRenderer("sarif").render(run, paths));
  io.stdout(streamRenderer(format).render(run, paths));
  if (values.explain) io.stderr(explainPrints(run.gates));
  const { exitCode, failure: failure2 } = decideOutcome(run.verdict.decision, failOn);
  return failure2 === void 0 ? 0 : exitCode;
}
function explainPrints(gates) {
  const lines = [];
  for (const g of gates) {
    const prints = g.report?.["prints"];
    if (!Array.isArray(prints)) continue;
    for (const p of prints) {
      if (!Array.isArray(p.lines)) continue;
      for (const line of p.lines)
        lines.push(`${g.gate}: ${String(p.policy)}: print: ${String(line)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : `${"(no print() output)"}
`;
}
export {
  CHECK_USAGE,
  checkCommand
};
