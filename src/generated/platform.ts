// Generated from specs/openapi/platform.yaml by openapi-typescript (npm run specs:types). Do not edit:
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
    "/gx/v1/docking/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 注册下级节点 / Register a child node
         * @description 新节点返回 201，相同请求再次返回 200，同一 nodeId 不同请求返回 409 / 40901（EIP-DOCK-001、DOCK-002）。 / A new node gets 201, the same body again 200, a different body for a registered nodeId 409 / 40901 (EIP-DOCK-001, DOCK-002).
         */
        post: operations["docking.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/docking/nodes/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 获取已注册节点 / Get a registered node */
        get: operations["docking.getNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/docking/nodes/{nodeId}/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下级节点的资源目录 / A child node's catalog
         * @description 分页；同步后包含新增资源而不含已删除资源（EIP-DOCK-006）。 / Paged; after a sync it shows the upserts and not the deletes (EIP-DOCK-006).
         */
        get: operations["docking.nodeCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/docking/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 心跳 / Heartbeat
         * @description 已注册节点得到服务器时间与下次心跳间隔；未知节点返回 404 / 40401（EIP-DOCK-003）。 / A registered node gets the server time and the next interval; an unknown node 404 / 40401 (EIP-DOCK-003).
         */
        post: operations["docking.heartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/docking/catalog-sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 目录同步 / Catalog sync
         * @description 逐条校验，无效资源列入 rejected；重复 batchId 得到相同回执；超过 1000 条返回 413 / 41301（EIP-DOCK-004、005、010）。 / Each resource on its own, invalid ones in rejected; a repeated batchId gets the identical receipt; more than 1000 items 413 / 41301 (EIP-DOCK-004, 005, 010).
         */
        post: operations["docking.catalogSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/docking/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 跨级转发 / Forward to another node
         * @description 原样传递 X-GX-Trace-Id，X-GX-Hop-Count 加一，入站跳数大于 5 返回 508 / 50801；未知目标 404 / 40403，不可达目标 30 秒内 504 / 50401（EIP-DOCK-007、008）。 / Passes X-GX-Trace-Id unchanged, increments X-GX-Hop-Count, refuses an incoming hop count above 5 with 508 / 50801; unknown target 404 / 40403, unreachable one 504 / 50401 within 30 s (EIP-DOCK-007, 008).
         */
        post: operations["docking.forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gx/v1/docking/receipts/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 转发回执 / Forward receipt
         * @description 以转发调用的 X-Request-Id 为键；60 秒内为 DELIVERED 或 FAILED；未知返回 404 / 40402（EIP-DOCK-009）。 / Keyed by the forward call's X-Request-Id; DELIVERED or FAILED within 60 s; unknown 404 / 40402 (EIP-DOCK-009).
         */
        get: operations["docking.receipt"];
        put?: never;
        post?: never;
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
         * 节点注册请求 / Node registration (EIP 1.0 §8)
         * @description 仅检查结构；节点标识、级别字母与区划一致性另行检查（40007） / structure only (nodeId form, level letter and region agreement: 40007)
         */
        "node-registration.schema": {
            nodeId: string;
            divisionCode: string;
            name: string;
            /** @enum {unknown} */
            level: "NATIONAL" | "PROVINCIAL" | "MUNICIPAL" | "DEPARTMENT";
            parentNodeId: string | null;
            /** Format: uri */
            baseUrl: string;
            signatureMethods: ("HMAC-SM3" | "HMAC-SHA256")[];
        };
        /** 节点注册结果 / Node registration result (EIP 1.0 §8) */
        "node-registration-result.schema": {
            /** Format: node-id */
            nodeId: string;
            /** @constant */
            status: "REGISTERED";
        };
        /** 已注册节点 / Registered node (EIP 1.0 §8) */
        "node.schema": {
            /** Format: node-id */
            nodeId: string;
            /**
             * Format: gb2260-region
             * @description 所在区划（国家级为 100000） / region (100000 for the national level)
             */
            divisionCode: string;
            name: string;
            /** @enum {unknown} */
            level: "NATIONAL" | "PROVINCIAL" | "MUNICIPAL" | "DEPARTMENT";
            parentNodeId?: string | null;
            /** Format: uri */
            baseUrl?: string;
            signatureMethods?: ("HMAC-SM3" | "HMAC-SHA256")[];
            status?: string;
        };
        /** 心跳请求 / Heartbeat request (EIP 1.0 §8) */
        "heartbeat-request.schema": {
            nodeId: string;
            sentAt: string;
            metrics?: Record<string, never>;
        };
        /** 心跳应答 / Heartbeat response (EIP 1.0 §8, EIP-DOCK-003) */
        "heartbeat-response.schema": {
            /**
             * Format: date-time
             * @description 服务器时间 / server time
             */
            serverTime: string;
            nextHeartbeatSeconds: number;
        };
        /**
         * 目录同步批次 / Catalog-sync batch (EIP 1.0 §8)
         * @description 各条资源由节点逐条校验（EIP-DOCK-004），此处只检查结构 / each resource is validated on its own by the node (EIP-DOCK-004); structure only here
         */
        "catalog-sync-batch.schema": {
            nodeId: string;
            batchId: string;
            upserts?: Record<string, never>[];
            deletes?: string[];
        };
        /** 目录同步回执 / Catalog-sync receipt (EIP 1.0 §8, EIP-DOCK-004) */
        "catalog-sync-receipt.schema": {
            batchId: string;
            /** @description 已应用的新增与删除数 / upserts and deletes applied */
            accepted: number;
            rejected: {
                resourceCode: string;
                code: string;
                reason: string;
            }[];
        };
        /** 转发请求 / Forward request (EIP 1.0 §8) */
        "forward-request.schema": {
            targetNodeId: string;
            resourceCode: string;
            request: {
                method: string;
                path: string;
                body?: unknown;
            };
        };
        /** 转发结果 / Forward result (EIP 1.0 §8, EIP-DOCK-007) */
        "forward-result.schema": {
            /** Format: node-id */
            targetNodeId: string;
            /** @description 目标节点返回的 HTTP 状态 / the HTTP status the target answered */
            status: number;
            /** @description 目标节点的响应体 / the target's response body */
            response: unknown;
        };
        /** 转发回执 / Forward receipt (EIP 1.0 §8, EIP-DOCK-009) */
        "receipt.schema": {
            requestId: string;
            /** @enum {unknown} */
            status: "DELIVERED" | "FAILED" | "PENDING";
            /**
             * Format: date-time
             * @description 更新时间 / updated at
             */
            updatedAt: string;
        };
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
    "docking.register": {
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
            path?: never;
            cookie?: never;
        };
        /** @description 节点注册信息 / node registration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["node-registration.schema"];
            };
        };
        responses: {
            /** @description 已注册（相同请求重复） / already registered (same body) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["node-registration-result.schema"];
                    };
                };
            };
            /** @description 已注册 / registered */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["node-registration-result.schema"];
                    };
                };
            };
            /** @description 40001 请求格式错误 / malformed request; 40007 无效的节点注册 / invalid node registration */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40001" | "40007";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description 40901 冲突 / conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40901";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "docking.getNode": {
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
                /** @description 节点标识 / node ID */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 节点 / the node */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["node.schema"];
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
    "docking.nodeCatalog": {
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
            path: {
                /** @description 节点标识 / node ID */
                nodeId: components["parameters"]["NodeId"];
            };
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
    "docking.heartbeat": {
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
            path?: never;
            cookie?: never;
        };
        /** @description 心跳 / heartbeat */
        requestBody: {
            content: {
                "application/json": components["schemas"]["heartbeat-request.schema"];
            };
        };
        responses: {
            /** @description 心跳应答 / heartbeat answer */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["heartbeat-response.schema"];
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
    "docking.catalogSync": {
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
            path?: never;
            cookie?: never;
        };
        /** @description 同步批次 / sync batch */
        requestBody: {
            content: {
                "application/json": components["schemas"]["catalog-sync-batch.schema"];
            };
        };
        responses: {
            /** @description 同步回执 / sync receipt */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["catalog-sync-receipt.schema"];
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
            /** @description 41301 批次过大 / batch too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "41301";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    "docking.forward": {
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
                /** @description 跟踪标识，原样转发 / trace ID, passed on unchanged */
                "X-GX-Trace-Id"?: components["parameters"]["TraceId"];
                /** @description 跳数，缺省为 0 / hop count, absent = 0 */
                "X-GX-Hop-Count"?: components["parameters"]["HopCount"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 转发请求 / forward request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["forward-request.schema"];
            };
        };
        responses: {
            /** @description 目标节点的应答 / the target's answer */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["forward-result.schema"];
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
            /** @description 40403 转发目标未知 / forward target unknown */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "40403";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description 50401 转发目标不可达或超时 / forward target unreachable or timed out */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "50401";
                    };
                };
            };
            /** @description 50801 超出跳数限制 / hop limit exceeded */
            508: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error-envelope.schema"] & {
                        /** @enum {unknown} */
                        code?: "50801";
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    "docking.receipt": {
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
                /** @description 转发调用的请求标识 / the forward call's request ID */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 回执 / receipt */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["envelope.schema"] & {
                        /** @constant */
                        code?: "0";
                        data?: components["schemas"]["receipt.schema"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
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
