// Generated from specs/openapi/department.yaml by openapi-typescript (npm run specs:types). Do not edit:
// change the OpenAPI document or the schemas and regenerate.

export interface paths {
    "/gx/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康检查 / Health
         * @description 无需签名；返回节点状态、角色、节点标识、规范版本、时间和所声明的一致性类（EIP-CORE-010）。 / No signature; returns status, role, node ID, profile version, time and the claimed conformance classes (EIP-CORE-010).
         */
        get: operations["health.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/catalog/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 资源目录列表 / List catalog resources
         * @description 分页（EIP-CORE-006）；可按 updatedSince 与 shareType 过滤（EIP-CAT-006、EIP-CAT-007）。 / Paged (EIP-CORE-006); filters updatedSince and shareType (EIP-CAT-006, EIP-CAT-007).
         */
        get: operations["catalog.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/catalog/resources/{resourceCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取单个资源 / Get one catalog resource
         * @description 返回与列表相同的记录；未知代码返回 404 / 40401（EIP-CAT-005）。 / Returns the same record as the list; an unknown code gets 404 / 40401 (EIP-CAT-005).
         */
        get: operations["catalog.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志 / Audit log
         * @description 分页；每个数据服务请求（无论是否提供）5 秒内出现（EIP-SEC-014）。 / Paged; every data-service request, served or denied, appears within 5 s (EIP-SEC-014).
         */
        get: operations["audit.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/population/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人口基础信息查询 / Population query
         * @description 按公民身份号码返回 PersonRecord（EIP-POP-001 至 POP-007、POP-009、POP-010）。 / Returns the PersonRecord for a citizen ID number (EIP-POP-001…007, 009, 010).
         */
        post: operations["population.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/population/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 身份核验 / Identity verification
         * @description 返回 {match}，且仅此一项；未知号码为 false 而非 404（EIP-POP-008）。 / Returns {match} and nothing else; false (not 404) for an unknown ID (EIP-POP-008).
         */
        post: operations["population.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/legal-entities/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 法人单位基础信息查询 / Legal-entity query
         * @description 按统一社会信用代码返回 LegalEntityRecord（EIP-LE-001 至 LE-006）。 / Returns the LegalEntityRecord for a USCC (EIP-LE-001…006).
         */
        post: operations["legalEntity.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/e-certificates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子证照查询 / E-certificate query
         * @description 按持证主体返回证照分页列表，仅含所查主体的证照（EIP-EC-005、EIP-EC-010）。 / Paged list of the holder's certificates, and only theirs (EIP-EC-005, EIP-EC-010).
         */
        post: operations["eCertificate.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/e-certificates/{certificateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取电子证照 / Get an e-certificate
         * @description 标识校验失败返回 400 / 40005，格式正确但未知返回 404 / 40402（EIP-EC-009）。 / An identifier failing its check gets 400 / 40005; an unknown well-formed one 404 / 40402 (EIP-EC-009).
         */
        get: operations["eCertificate.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/e-certificates/{certificateId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载证照文件 / Download the certificate file
         * @description 返回证照文件本身（无信封），内容类型与声明一致，SM3 与 fileSm3 及响应头一致（EIP-EC-007）。 / The file itself (no envelope), of the declared content type, its SM3 equal to fileSm3 and the header (EIP-EC-007).
         */
        get: operations["eCertificate.file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/e-certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子证照核验 / Verify an e-certificate
         * @description 返回证照真实状态；仅 VALID 且哈希正确时 valid 为 true；未知标识为 UNKNOWN（EIP-EC-008）。 / Returns the certificate's status; valid is true only for a VALID certificate with the right hash; UNKNOWN for an unknown identifier (EIP-EC-008).
         */
        post: operations["eCertificate.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/open/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 开放数据集列表 / Open datasets
         * @description 分页；每个数据集至少提供一种机器可读格式（EIP-OPEN-001）。 / Paged; every dataset offers at least one machine-readable format (EIP-OPEN-001).
         */
        get: operations["open.datasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** 错误响应信封 / Error envelope (EIP 1.0 §2, §12) */
        "error-envelope.schema": {
            code: string;
            message: string;
            requestId: string;
            data: null;
        };
        /** 响应信封 / Response envelope (EIP 1.0 §2, EIP-CORE-002) */
        "envelope.schema": {
            /** @description "0" 成功，否则为 §12 错误码 / "0" on success, else a §12 error code */
            code: string;
            message: string;
            /** @description 请求标识 / request ID (EIP-CORE-004) */
            requestId: string;
            /** @description 业务数据；出错时为 null / payload; null on error */
            data: unknown;
        };
        /** 健康检查 / Health (EIP 1.0 §2, EIP-CORE-010) */
        "health.schema": {
            /** @enum {unknown} */
            status: "UP" | "DEGRADED" | "DOWN";
            /** @enum {unknown} */
            role: "DEPARTMENT" | "PLATFORM";
            /** Format: node-id */
            nodeId: string;
            /** @constant */
            profileVersion: "1.0";
            /**
             * Format: date-time
             * @description 节点时间 / node clock
             */
            time: string;
            conformance: ("CORE" | "SEC" | "CAT" | "POP" | "LE" | "EC" | "DOCK" | "QOS" | "OPEN")[];
        };
        /** 分页集合 / Paged collection (EIP 1.0 §2, EIP-CORE-006) */
        "paged-list.schema": {
            items: unknown[];
            page: number;
            size: number;
            total: number;
        };
        /** 政务信息资源 / Catalog resource (EIP 1.0 §4) */
        "catalog-resource.schema": {
            /**
             * Format: resource-code
             * @description 资源代码 / resource code
             */
            resourceCode: string;
            name: string;
            /**
             * @description 资源分类，与代码首位一致 / agrees with the code's first digit
             * @enum {unknown}
             */
            category: "BASIC" | "THEME" | "DEPARTMENT";
            provider: {
                name: string;
                /** Format: gb32100 */
                code: string;
            };
            summary?: string;
            format: {
                /** @enum {unknown} */
                type: "DATABASE" | "DOCUMENT" | "SPREADSHEET" | "IMAGE" | "STREAM" | "SELF_DESCRIBING" | "INTERFACE";
                detail?: string;
            };
            items: {
                name: string;
                /** @enum {unknown} */
                dataType: "STRING" | "NUMBER" | "INTEGER" | "DATE" | "DATETIME" | "BOOLEAN" | "BINARY";
                length?: number;
            }[];
            /** @enum {unknown} */
            shareType: "UNCONDITIONAL" | "CONDITIONAL" | "NONE";
            shareCondition?: string;
            /** @enum {unknown} */
            shareMethod?: "INTERFACE" | "FILE" | "DATABASE_SYNC";
            /** @enum {unknown} */
            openType: "OPEN" | "CONDITIONAL" | "NOT_OPEN";
            openCondition?: string;
            /** @enum {unknown} */
            updateCycle: "REALTIME" | "DAILY" | "WEEKLY" | "MONTHLY" | "QUARTERLY" | "SEMIANNUAL" | "ANNUAL" | "IRREGULAR";
            /**
             * Format: date
             * @description 发布日期 / published on
             */
            publishedOn: string;
            /**
             * Format: date-time
             * @description 更新时间 / updated at
             */
            updatedAt: string;
            relatedResourceCodes?: string[];
            service?: {
                /** @enum {unknown} */
                method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
                path: string;
            };
        } & (unknown & unknown & unknown & unknown);
        /** 审计日志条目 / Audit entry (EIP 1.0 §3, EIP-SEC-014) */
        "audit-entry.schema": {
            requestId: string;
            /**
             * Format: date-time
             * @description 请求时间 / request time
             */
            time: string;
            appKey: string;
            /** Format: resource-code */
            resourceCode: string;
            /** @description 用途（已解码） / purpose (decoded) */
            purpose: string;
            resultCode: string;
            latencyMs: number;
        };
        /**
         * 人口信息查询请求 / Person query request (EIP 1.0 §5)
         * @description 仅检查结构（缺失或类型错误为 40001）；号码规则另行检查（40003）。 / Structure only (missing or wrong type: 40001); the number's code rule is checked separately (40003).
         */
        "person-query-request.schema": {
            idNumber: string;
        };
        /** 人口基础信息 / Person record (EIP 1.0 §5) */
        "person-record.schema": {
            /**
             * Format: gb11643
             * @description 公民身份号码 / citizen ID number (GB 11643)
             */
            idNumber: string;
            name: string;
            /** Format: gb2261-1 */
            sex: string;
            /** Format: gb3304 */
            ethnicity: string;
            /**
             * Format: date
             * @description 出生日期 / birth date
             */
            birthDate: string;
            /** Format: gb2260 */
            residenceDivisionCode: string;
            residenceAddress: string;
            /** Format: gb2260 */
            birthPlaceDivisionCode?: string;
            /** Format: gb2261-2 */
            maritalStatus?: string;
            /** Format: gb4658 */
            education?: string;
            /**
             * Format: date-time
             * @description 更新时间 / updated at
             */
            updatedAt: string;
        };
        /**
         * 身份核验请求 / Identity verification request (EIP 1.0 §5)
         * @description 仅检查结构 / structure only (code rules: 40003)
         */
        "person-verify-request.schema": {
            idNumber: string;
            name: string;
        };
        /** 身份核验结果 / Identity verification result (EIP-POP-008: nothing else) */
        "person-verify-result.schema": {
            match: boolean;
        };
        /**
         * 法人信息查询请求 / Legal-entity query request (EIP 1.0 §6)
         * @description 仅检查结构 / structure only (code rule: 40004)
         */
        "legal-entity-query-request.schema": {
            uscc: string;
        };
        /** 法人单位基础信息 / Legal-entity record (EIP 1.0 §6) */
        "legal-entity-record.schema": {
            /**
             * Format: gb32100
             * @description 统一社会信用代码 / USCC (GB 32100)
             */
            uscc: string;
            name: string;
            legalRepresentative: string;
            registeredCapital?: {
                amount: number;
                /** Format: iso4217 */
                currency: string;
            };
            /**
             * Format: date
             * @description 成立日期 / established on
             */
            establishedOn: string;
            registrationAuthority: {
                name: string;
            };
            /** Format: gb2260 */
            divisionCode: string;
            address: string;
            businessScope?: string;
            /**
             * @description 存续 吊销 注销 迁出
             * @enum {unknown}
             */
            status: "ACTIVE" | "REVOKED" | "CANCELLED" | "MOVED_OUT";
            /**
             * Format: date-time
             * @description 更新时间 / updated at
             */
            updatedAt: string;
        };
        /**
         * 证照查询请求 / Certificate query request (EIP 1.0 §7)
         * @description 仅检查结构；持证主体代码及类型另行检查（40006） / structure only (holder code rules: 40006)
         */
        "e-certificate-query-request.schema": {
            holderCode: string;
            holderCodeType: string;
            typeCode?: string;
        };
        /** 电子证照 / Electronic certificate (EIP 1.0 §7, GB/T 36901–36906) */
        "e-certificate.schema": {
            /**
             * Format: ecert-id
             * @description 证照标识 / certificate identifier
             */
            certificateId: string;
            name: string;
            /** @description 证照类型代码 / type code: a USCC + 3 digits */
            typeCode: string;
            number: string;
            issuer: {
                name: string;
                /** Format: gb32100 */
                code: string;
            };
            /**
             * Format: date
             * @description 颁发日期 / issued on
             */
            issuedOn: string;
            holder: {
                name: string;
                code: string;
                /** @enum {unknown} */
                codeType: "111" | "001";
            };
            /**
             * Format: date
             * @description 有效期起始 / valid from
             */
            validFrom: string;
            /**
             * Format: date
             * @description 有效期截止，长期为 null / valid until, null for 长期
             */
            validUntil: string | null;
            /** @enum {unknown} */
            status: "VALID" | "EXPIRED" | "REVOKED";
            fileSm3: string;
            /** @description 照面信息 / face data */
            faceData?: Record<string, never>;
        };
        /**
         * 证照核验请求 / Certificate verification request (EIP 1.0 §7)
         * @description 仅检查结构；标识规则另行检查（40005） / structure only (identifier rule: 40005)
         */
        "e-certificate-verify-request.schema": {
            certificateId: string;
            fileSm3: string;
        };
        /** 证照核验结果 / Certificate verification result (EIP 1.0 §7) */
        "e-certificate-verify-result.schema": {
            valid: boolean;
            /** @enum {unknown} */
            status: "VALID" | "EXPIRED" | "REVOKED" | "UNKNOWN";
        } & unknown;
        /** 开放数据集 / Open dataset (EIP 1.0 §10) */
        "open-dataset.schema": {
            datasetId: string;
            title: string;
            description: string;
            publisher: {
                name: string;
                /** Format: gb32100 */
                code: string;
            };
            /** Format: resource-code */
            resourceCode?: string;
            license?: string;
            formats: {
                /** @enum {unknown} */
                format: "CSV" | "JSON" | "XML" | "XLSX";
                /** Format: uri-reference */
                downloadUrl: string;
                byteSize?: number;
                sm3?: string;
            }[];
            /** @enum {unknown} */
            updateCycle: "REALTIME" | "DAILY" | "WEEKLY" | "MONTHLY" | "QUARTERLY" | "SEMIANNUAL" | "ANNUAL" | "IRREGULAR";
            /**
             * Format: date-time
             * @description 更新时间 / updated at
             */
            updatedAt: string;
            recordCount?: number;
        };
    };
    responses: {
        /** @description 40101 缺少签名头 / missing signing headers; 40102 签名错误 / bad signature; 40103 时间戳超出窗口 / timestamp outside the window; 40104 nonce 重放 / nonce replayed; 40105 未知 AppKey / unknown AppKey; 40106 不支持的签名方法 / unsupported signature method */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error-envelope.schema"] & {
                    /** @enum {unknown} */
                    code?: "40101" | "40102" | "40103" | "40104" | "40105" | "40106";
                };
            };
        };
        /** @description 40301 资源未授权 / resource not granted; 40302 缺少或无效的审批凭证 / approval missing or invalid; 40303 资源不予共享 / resource not shareable */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error-envelope.schema"] & {
                    /** @enum {unknown} */
                    code?: "40301" | "40302" | "40303";
                };
            };
        };
        /** @description 42901 超出限流 / rate limited */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error-envelope.schema"] & {
                    /** @enum {unknown} */
                    code?: "42901";
                };
            };
        };
        /** @description 其他错误（§12） / any other error (§12) */
        Error: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error-envelope.schema"];
            };
        };
    };
    parameters: {
        /** @description 调用方 AppKey / the caller's AppKey */
        AppKey: string;
        /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
        Timestamp: string;
        /** @description 每次请求新生成的随机串 / fresh for each request */
        Nonce: string;
        /** @description 签名方法 / signature method */
        SignatureMethod: "HMAC-SM3" | "HMAC-SHA256";
        /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
        Signature: string;
        /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
        Purpose: string;
        /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
        Approval: string;
        /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
        RequestId: string;
        /** @description 跟踪标识，原样转发 / trace ID, passed on unchanged */
        TraceId: string;
        /** @description 跳数，缺省为 0 / hop count, absent = 0 */
        HopCount: string;
        /** @description 页码（≥ 1，默认 1） / page (≥ 1, default 1) */
        Page: number;
        /** @description 每页条数（1–100，默认 20） / page size (1–100, default 20) */
        Size: number;
        /** @description 证照标识 / certificate identifier */
        CertificateId: string;
        /** @description 节点标识 / node ID */
        NodeId: string;
    };
    requestBodies: never;
    headers: {
        /** @description 回显的或服务端生成的请求标识 / the echoed or generated request ID (EIP-CORE-004) */
        XRequestId: string;
        /** @description 数据服务应为 no-store / no-store on data services (EIP-CORE-012) */
        CacheControl: string;
        /** @description 重试等待秒数 / seconds to wait (EIP-SEC-013) */
        RetryAfter: string;
        /** @description 文件的 SM3（小写十六进制） / the file's SM3 (hex) */
        ContentSm3: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "health.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 节点健康信息 / node health */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["health.schema"];
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    "catalog.list": {
        parameters: {
            query?: {
                /** @description 页码（≥ 1，默认 1） / page (≥ 1, default 1) */
                page?: components["parameters"]["Page"];
                /** @description 每页条数（1–100，默认 20） / page size (1–100, default 20) */
                size?: components["parameters"]["Size"];
                /** @description 仅返回 updatedAt ≥ 该时间的资源 / only resources with updatedAt ≥ this */
                updatedSince?: string;
                /** @description 共享类型 / share type */
                shareType?: "UNCONDITIONAL" | "CONDITIONAL" | "NONE";
            };
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页资源 / one page of resources */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["paged-list.schema"] & {
                            items?: unknown;
                        };
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "catalog.get": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description 资源代码 / resource code */
                resourceCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 资源 / the resource */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["catalog-resource.schema"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description 40401 资源或节点不存在 / resource or node not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40401";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "audit.list": {
        parameters: {
            query?: {
                /** @description 页码（≥ 1，默认 1） / page (≥ 1, default 1) */
                page?: components["parameters"]["Page"];
                /** @description 每页条数（1–100，默认 20） / page size (1–100, default 20) */
                size?: components["parameters"]["Size"];
                /** @description 起始时间 / from */
                from?: string;
                /** @description 截止时间 / to */
                to?: string;
                /** @description 资源代码 / resource code */
                resourceCode?: string;
                /** @description 请求标识 / request ID */
                requestId?: string;
            };
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页审计条目 / one page of audit entries */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["paged-list.schema"] & {
                            items?: unknown;
                        };
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "population.query": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 查询的身份号码 / the ID number queried */
        requestBody: {
            content: {
                "application/json": components["schemas"]["person-query-request.schema"];
            };
        };
        responses: {
            /** @description 人口记录 / person record */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["person-record.schema"];
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request; 40002 缺少或无效的用途 / missing or invalid purpose; 40003 无效的公民身份号码 / invalid citizen ID number */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001" | "40002" | "40003";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description 40402 记录不存在 / record not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40402";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "population.verify": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 身份号码与姓名 / ID number and name */
        requestBody: {
            content: {
                "application/json": components["schemas"]["person-verify-request.schema"];
            };
        };
        responses: {
            /** @description 核验结果 / verification result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["person-verify-result.schema"];
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request; 40002 缺少或无效的用途 / missing or invalid purpose; 40003 无效的公民身份号码 / invalid citizen ID number */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001" | "40002" | "40003";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "legalEntity.query": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 查询的统一社会信用代码 / the USCC queried */
        requestBody: {
            content: {
                "application/json": components["schemas"]["legal-entity-query-request.schema"];
            };
        };
        responses: {
            /** @description 法人记录 / legal-entity record */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["legal-entity-record.schema"];
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request; 40002 缺少或无效的用途 / missing or invalid purpose; 40004 无效的统一社会信用代码 / invalid USCC */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001" | "40002" | "40004";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description 40402 记录不存在 / record not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40402";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "eCertificate.query": {
        parameters: {
            query?: {
                /** @description 页码（≥ 1，默认 1） / page (≥ 1, default 1) */
                page?: components["parameters"]["Page"];
                /** @description 每页条数（1–100，默认 20） / page size (1–100, default 20) */
                size?: components["parameters"]["Size"];
            };
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 持证主体代码、类型与可选的证照类型代码 / holder code, code type and an optional type code */
        requestBody: {
            content: {
                "application/json": components["schemas"]["e-certificate-query-request.schema"];
            };
        };
        responses: {
            /** @description 一页证照 / one page of certificates */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["paged-list.schema"] & {
                            items?: unknown;
                        };
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request; 40002 缺少或无效的用途 / missing or invalid purpose; 40006 无效的持证主体代码或类型 / invalid holder code or code type */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001" | "40002" | "40006";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "eCertificate.get": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path: {
                /** @description 证照标识 / certificate identifier */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 证照 / the certificate */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["e-certificate.schema"];
                    };
                };
            };
            /** @description 40002 缺少或无效的用途 / missing or invalid purpose; 40005 无效的证照标识 / invalid e-certificate identifier */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40002" | "40005";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description 40402 记录不存在 / record not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40402";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "eCertificate.file": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path: {
                /** @description 证照标识 / certificate identifier */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 证照文件（OFD 或 PDF） / certificate file (OFD or PDF) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "X-GX-Content-SM3": components["headers"]["ContentSm3"];
                    [name: string]: unknown;
                };
                content: {
                    "application/ofd": string;
                    "application/pdf": string;
                };
            };
            /** @description 40002 缺少或无效的用途 / missing or invalid purpose; 40005 无效的证照标识 / invalid e-certificate identifier */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40002" | "40005";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description 40402 记录不存在 / record not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40402";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "eCertificate.verify": {
        parameters: {
            query?: never;
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description 用途，1–200 字符，UTF-8 百分号编码 / purpose of use, 1–200 characters, UTF-8 percent-encoded (RFC 3986) */
                "X-GX-Purpose": components["parameters"]["Purpose"];
                /** @description 审批凭证（有条件共享资源） / approval ticket (CONDITIONAL resources) */
                "X-GX-Approval"?: components["parameters"]["Approval"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 证照标识与文件 SM3 / identifier and file SM3 */
        requestBody: {
            content: {
                "application/json": components["schemas"]["e-certificate-verify-request.schema"];
            };
        };
        responses: {
            /** @description 核验结果 / verification result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["e-certificate-verify-result.schema"];
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request; 40002 缺少或无效的用途 / missing or invalid purpose; 40005 无效的证照标识 / invalid e-certificate identifier */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001" | "40002" | "40005";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "open.datasets": {
        parameters: {
            query?: {
                /** @description 页码（≥ 1，默认 1） / page (≥ 1, default 1) */
                page?: components["parameters"]["Page"];
                /** @description 每页条数（1–100，默认 20） / page size (1–100, default 20) */
                size?: components["parameters"]["Size"];
            };
            header: {
                /** @description 调用方 AppKey / the caller's AppKey */
                "X-GX-AppKey": components["parameters"]["AppKey"];
                /** @description Unix 毫秒时间戳（十进制） / milliseconds since the Unix epoch, decimal */
                "X-GX-Timestamp": components["parameters"]["Timestamp"];
                /** @description 每次请求新生成的随机串 / fresh for each request */
                "X-GX-Nonce": components["parameters"]["Nonce"];
                /** @description 签名方法 / signature method */
                "X-GX-Signature-Method": components["parameters"]["SignatureMethod"];
                /** @description 规范串 HMAC 的小写十六进制 / lowercase hex of the HMAC over the canonical string (EIP 1.0 §3) */
                "X-GX-Signature": components["parameters"]["Signature"];
                /** @description 请求标识，缺省时由服务端生成 / request ID; generated by the server when absent (EIP-CORE-004) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页数据集 / one page of datasets */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["paged-list.schema"] & {
                            items?: unknown;
                        };
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
