export namespace api {
	
	export class About {
	    settings: config.Settings;
	    dataDir: string;
	    version: string;
	    systemLanguage: string;
	
	    static createFrom(source: any = {}) {
	        return new About(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], config.Settings);
	        this.dataDir = source["dataDir"];
	        this.version = source["version"];
	        this.systemLanguage = source["systemLanguage"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace config {
	
	export class Settings {
	    language: string;
	    theme: string;
	    concurrency: number;
	    timeoutSeconds: number;
	    browserPath: string;
	    inboxDir: string;
	    watchBrowserBookmarks: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	        this.concurrency = source["concurrency"];
	        this.timeoutSeconds = source["timeoutSeconds"];
	        this.browserPath = source["browserPath"];
	        this.inboxDir = source["inboxDir"];
	        this.watchBrowserBookmarks = source["watchBrowserBookmarks"];
	    }
	}

}

export namespace importer {
	
	export class Rejected {
	    url: string;
	    code: string;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new Rejected(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.url = source["url"];
	        this.code = source["code"];
	        this.detail = source["detail"];
	    }
	}
	export class Result {
	    format: string;
	    total: number;
	    new: number;
	    duplicates: number;
	    invalid: number;
	    tags: string[];
	    rejected: Rejected[];
	    added: number;
	    newIds: number[];
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.total = source["total"];
	        this.new = source["new"];
	        this.duplicates = source["duplicates"];
	        this.invalid = source["invalid"];
	        this.tags = source["tags"];
	        this.rejected = this.convertValues(source["rejected"], Rejected);
	        this.added = source["added"];
	        this.newIds = source["newIds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Summary {
	    format: string;
	    total: number;
	    new: number;
	    duplicates: number;
	    invalid: number;
	    tags: string[];
	    rejected: Rejected[];
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.total = source["total"];
	        this.new = source["new"];
	        this.duplicates = source["duplicates"];
	        this.invalid = source["invalid"];
	        this.tags = source["tags"];
	        this.rejected = this.convertValues(source["rejected"], Rejected);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace links {
	
	export class InvalidLine {
	    line: number;
	    text: string;
	    code: string;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new InvalidLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.text = source["text"];
	        this.code = source["code"];
	        this.detail = source["detail"];
	    }
	}
	export class TagRef {
	    id: number;
	    name: string;
	    color: string;
	
	    static createFrom(source: any = {}) {
	        return new TagRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.color = source["color"];
	    }
	}
	export class Link {
	    id: number;
	    url: string;
	    normUrl: string;
	    domain: string;
	    title: string;
	    notes: string;
	    favorite: boolean;
	    createdAt: number;
	    updatedAt: number;
	    tags: TagRef[];
	    snapshot: string;
	    snapshotId: number;
	    reasonCode: string;
	    reason: string;
	    thumb: boolean;
	    favicon: string;
	    siteName: string;
	
	    static createFrom(source: any = {}) {
	        return new Link(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.url = source["url"];
	        this.normUrl = source["normUrl"];
	        this.domain = source["domain"];
	        this.title = source["title"];
	        this.notes = source["notes"];
	        this.favorite = source["favorite"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.tags = this.convertValues(source["tags"], TagRef);
	        this.snapshot = source["snapshot"];
	        this.snapshotId = source["snapshotId"];
	        this.reasonCode = source["reasonCode"];
	        this.reason = source["reason"];
	        this.thumb = source["thumb"];
	        this.favicon = source["favicon"];
	        this.siteName = source["siteName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AddSummary {
	    addedCount: number;
	    duplicateCount: number;
	    invalidCount: number;
	    added: Link[];
	    duplicates: Link[];
	    invalid: InvalidLine[];
	
	    static createFrom(source: any = {}) {
	        return new AddSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.addedCount = source["addedCount"];
	        this.duplicateCount = source["duplicateCount"];
	        this.invalidCount = source["invalidCount"];
	        this.added = this.convertValues(source["added"], Link);
	        this.duplicates = this.convertValues(source["duplicates"], Link);
	        this.invalid = this.convertValues(source["invalid"], InvalidLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Page {
	    total: number;
	    items: Link[];
	    terms: string[];
	
	    static createFrom(source: any = {}) {
	        return new Page(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.items = this.convertValues(source["items"], Link);
	        this.terms = source["terms"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Query {
	    text: string;
	    tagIds: number[];
	    tagMode: string;
	    untagged: boolean;
	    domain: string;
	    favorite: boolean;
	    status: string;
	    sort: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new Query(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.tagIds = source["tagIds"];
	        this.tagMode = source["tagMode"];
	        this.untagged = source["untagged"];
	        this.domain = source["domain"];
	        this.favorite = source["favorite"];
	        this.status = source["status"];
	        this.sort = source["sort"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class Stats {
	    total: number;
	    untagged: number;
	    favorites: number;
	    failed: number;
	
	    static createFrom(source: any = {}) {
	        return new Stats(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.untagged = source["untagged"];
	        this.favorites = source["favorites"];
	        this.failed = source["failed"];
	    }
	}
	export class Tag {
	    id: number;
	    name: string;
	    color: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new Tag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.color = source["color"];
	        this.count = source["count"];
	    }
	}

}

export namespace queue {
	
	export class Stats {
	    waiting: number;
	    running: number;
	    failed: number;
	    paused: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Stats(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.waiting = source["waiting"];
	        this.running = source["running"];
	        this.failed = source["failed"];
	        this.paused = source["paused"];
	    }
	}

}

export namespace snapshots {
	
	export class Snapshot {
	    id: number;
	    linkId: number;
	    status: string;
	    reasonCode: string;
	    reason: string;
	    dir: string;
	    files: string[];
	    finalUrl: string;
	    httpStatus: number;
	    title: string;
	    siteName: string;
	    favicon: string;
	    bytes: number;
	    startedAt: number;
	    finishedAt: number;
	    createdAt: number;
	
	    static createFrom(source: any = {}) {
	        return new Snapshot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.linkId = source["linkId"];
	        this.status = source["status"];
	        this.reasonCode = source["reasonCode"];
	        this.reason = source["reason"];
	        this.dir = source["dir"];
	        this.files = source["files"];
	        this.finalUrl = source["finalUrl"];
	        this.httpStatus = source["httpStatus"];
	        this.title = source["title"];
	        this.siteName = source["siteName"];
	        this.favicon = source["favicon"];
	        this.bytes = source["bytes"];
	        this.startedAt = source["startedAt"];
	        this.finishedAt = source["finishedAt"];
	        this.createdAt = source["createdAt"];
	    }
	}

}

export namespace tray {
	
	export class Labels {
	    tooltip: string;
	    addClipboard: string;
	    open: string;
	    pause: string;
	    resume: string;
	    quit: string;
	
	    static createFrom(source: any = {}) {
	        return new Labels(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tooltip = source["tooltip"];
	        this.addClipboard = source["addClipboard"];
	        this.open = source["open"];
	        this.pause = source["pause"];
	        this.resume = source["resume"];
	        this.quit = source["quit"];
	    }
	}

}

