// Callbridge softphone host (page main world). Starts the Amazon Connect CCP with amazon-connect-streams, turns its
// agent and contact events into Callbridge's contact-event JSON and hands them to the bridge script, which runs in
// an isolated world, as window messages. It also carries out the bridge's dial requests. See README.md.
(function () {
  'use strict';

  if (window.callbridgeHost) {
    return;
  }

  var TAG = 'callbridge';
  var CONTACT_TYPES = ['voice', 'queue_callback', 'chat', 'task'];
  var E164 = /^\+[1-9][0-9]{6,14}$/;
  var MAX_LOG_CHARS = 2000;
  var targetOrigin = window.location.origin && window.location.origin !== 'null' ? window.location.origin : '*';

  var contactCache = {}; // contactId → last contact description (removed contacts can no longer be read)
  var emitted = {}; // contactId → {event: true}; each event is reported once per contact and page load
  var lastAgentState = null;
  var started = false;

  // --- hand-off to the isolated world ---------------------------------------------------------------------

  function post(type, payload) {
    var message = {};
    message[TAG] = type;
    message.payload = payload;
    window.postMessage(JSON.stringify(message), targetOrigin);
  }

  function log(level, text) {
    post('log', { level: level, message: String(text).slice(0, MAX_LOG_CHARS) });
  }

  function describeError(error) {
    if (!error) {
      return 'unknown error';
    }
    if (typeof error === 'string') {
      return error;
    }
    return error.message || String(error);
  }

  function safe(read, fallback) {
    try {
      var value = read();
      return value === undefined || value === null ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }

  // --- configuration --------------------------------------------------------------------------------------

  // App mode: window.callbridgeConfig, injected by the app. Served mode: query and hash parameters; the CCP
  // defaults to the serving origin's /ccp-v2/ (the sandbox's simulated CCP).
  function readConfig() {
    var injected = window.callbridgeConfig;
    if (injected && typeof injected === 'object') {
      return injected;
    }
    var query = new URLSearchParams(window.location.search);
    var hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    var param = function (name) { return hash.get(name) || query.get(name) || undefined; };
    var flag = function (name) {
      var value = param(name);
      return value === undefined ? undefined : value !== 'false' && value !== '0';
    };
    return {
      ccpUrl: param('ccpUrl') || window.location.origin + '/ccp-v2/',
      loginUrl: param('loginUrl'),
      region: param('region'),
      loginPopup: flag('loginPopup'),
      loginPopupAutoClose: flag('loginPopupAutoClose'),
      disableRingtone: flag('disableRingtone'),
      medialess: flag('medialess')
    };
  }

  function isLoopback(hostname) {
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  }

  function checkedUrl(value, what) {
    if (!value) {
      return null;
    }
    var url = new URL(String(value)); // throws on a relative or malformed URL
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
      throw new Error(what + ' must be https (or http on loopback)');
    }
    return url.href;
  }

  function positiveNumber(value) {
    return typeof value === 'number' && value > 0 ? value : undefined;
  }

  function initCcpParams(config) {
    var autoClose = config.loginPopupAutoClose !== false;
    var params = {
      ccpUrl: checkedUrl(config.ccpUrl, 'ccpUrl'),
      loginPopup: config.loginPopup !== false,
      loginPopupAutoClose: autoClose,
      loginOptions: { autoClose: autoClose },
      // Media-less (VDI): the framed CCP gets no softphone media and no softphone manager runs here, so the
      // audio stays with a CCP opened in its own window; contact events still arrive.
      softphone: { allowFramedSoftphone: config.medialess !== true, disableRingtone: config.disableRingtone === true },
      pageOptions: { enableAudioDeviceSettings: true, enablePhoneTypeSettings: true }
    };
    var loginUrl = checkedUrl(config.loginUrl, 'loginUrl');
    if (loginUrl) {
      params.loginUrl = loginUrl;
    }
    if (config.region) {
      params.region = String(config.region);
    }
    if (config.ringtoneUrl) {
      params.softphone.ringtoneUrl = checkedUrl(config.ringtoneUrl, 'ringtoneUrl');
    }
    ['ccpLoadTimeout', 'ccpAckTimeout', 'ccpSynTimeout'].forEach(function (name) {
      if (positiveNumber(config[name])) {
        params[name] = config[name];
      }
    });
    return params;
  }

  // --- agent ----------------------------------------------------------------------------------------------

  function agentInfo() {
    var agent = safe(function () { return new connect.Agent(); }, null);
    if (!agent) {
      return { name: '', username: '', routingProfile: '', extension: '' };
    }
    var configuration = safe(function () { return agent.getConfiguration(); }, {});
    var softphone = safe(function () { return agent.isSoftphoneEnabled(); }, false);
    return {
      name: String(safe(function () { return agent.getName(); }, '')),
      username: String(configuration.username || ''),
      routingProfile: String(safe(function () { return agent.getRoutingProfile().name; }, '')),
      extension: softphone ? 'softphone' : String(safe(function () { return agent.getExtension(); }, ''))
    };
  }

  function reportAgentState(agent) {
    var state = safe(function () { return agent.getState(); }, null);
    if (!state) {
      return;
    }
    var key = state.name + '/' + state.type;
    if (key === lastAgentState) {
      return;
    }
    lastAgentState = key;
    var since = state.startTimestamp instanceof Date ? state.startTimestamp.toISOString() : null;
    post('agent-state', {
      state: String(state.name || ''),
      type: String(state.type || ''),
      since: since,
      at: new Date().toISOString(),
      agent: agentInfo()
    });
  }

  function onAgent(agent) {
    reportAgentState(agent);
    agent.onRefresh(reportAgentState);
  }

  // --- contacts -------------------------------------------------------------------------------------------

  function endpointAddress(endpoint) {
    if (!endpoint) {
      return '';
    }
    return String(endpoint.phoneNumber || endpoint.address || '');
  }

  function attributesOf(contact) {
    var raw = safe(function () { return contact.getAttributes(); }, {});
    var attributes = {};
    Object.keys(raw).forEach(function (name) {
      var entry = raw[name];
      var value = entry !== null && typeof entry === 'object' ? entry.value : entry;
      if (value !== undefined && value !== null) {
        attributes[name] = String(value);
      }
    });
    return attributes;
  }

  function directionOf(contact) {
    var inbound = safe(function () { return contact.isInbound(); }, null);
    if (inbound === null) {
      inbound = safe(function () { return contact.getInitiationMethod(); }, '') !== 'outbound';
    }
    return inbound ? 'inbound' : 'outbound';
  }

  // The contract's "contact" object, or null for contacts Callbridge does not handle (e.g. email).
  function describe(contact) {
    var id = contact.getContactId();
    var type = contact.getType();
    if (CONTACT_TYPES.indexOf(type) < 0) {
      return null;
    }
    var initial = safe(function () { return contact.getInitialConnection(); }, null);
    var agentConnection = safe(function () { return contact.getAgentConnection(); }, null);
    var customerPhone = endpointAddress(initial && safe(function () { return initial.getEndpoint(); }, null)) ||
      endpointAddress(safe(function () { return contact.getCustomerEndpoint(); }, null));
    var queue = safe(function () { return contact.getQueue(); }, {});
    var monitoring = !initial ||
      safe(function () { return agentConnection.getType(); }, '') === 'monitoring';
    return {
      contactId: id,
      initialContactId: String(safe(function () { return contact.getInitialContactId(); }, id)),
      type: type,
      direction: directionOf(contact),
      initiationMethod: String(safe(function () { return contact.getInitiationMethod(); }, '')),
      customerPhone: customerPhone,
      systemPhone: endpointAddress(safe(function () { return contact.getConnectSystemEndpoint(); }, null)),
      queue: { name: String(queue.name || ''), arn: String(queue.queueARN || '') },
      monitoring: monitoring,
      attributes: attributesOf(contact)
    };
  }

  function remember(contact) {
    var info = safe(function () { return describe(contact); }, null);
    if (info) {
      contactCache[info.contactId] = info;
    }
    return info;
  }

  function isRemoved(contact) {
    return typeof connect.ContactSnapshot === 'function' && contact instanceof connect.ContactSnapshot;
  }

  function emit(event, contactId, contact) {
    emitted[contactId] = emitted[contactId] || {};
    if (emitted[contactId][event]) {
      return;
    }
    // A contact that has left the snapshot (ended-on-removal, destroyed) is described from the cache.
    var info = (event === 'destroyed' || (contact && isRemoved(contact))) && contactCache[contactId]
      ? contactCache[contactId]
      : (contact && remember(contact)) || contactCache[contactId];
    if (!info) {
      return; // not a contact type Callbridge handles
    }
    emitted[contactId][event] = true;
    post('contact-event', { event: event, at: new Date().toISOString(), contact: info, agent: agentInfo() });
    if (event === 'destroyed') {
      delete contactCache[contactId];
    }
  }

  function onContact(contact) {
    var id = contact.getContactId();
    if (!remember(contact)) {
      log('info', 'ignoring a contact of type ' + safe(function () { return contact.getType(); }, '?'));
      return;
    }
    var on = function (event) {
      return function (c) { emit(event, id, c || contact); };
    };
    contact.onConnecting(on('connecting'));
    contact.onConnected(on('connected'));
    contact.onMissed(on('missed'));
    contact.onACW(on('acw'));
    contact.onEnded(on('ended'));
    contact.onDestroy(on('destroyed'));
    contact.onRefresh(function (c) { remember(c || contact); });
    // Streams derives events from the transition init → current state. For a contact that already exists when the
    // page (re)loads it reports connecting, connected and ended (as acw) itself, but nothing for a contact that
    // was already missed or rejected: report that here.
    var state = safe(function () { return contact.getState().type; }, '');
    if (state === 'missed' || state === 'rejected' || state === 'error') {
      emit('missed', id, contact);
    }
  }

  // --- dialling (bridge → page) ---------------------------------------------------------------------------

  function dial(number) {
    if (typeof number !== 'string' || !E164.test(number)) {
      log('warning', 'dial refused: not an E.164 number');
      return;
    }
    var agent = safe(function () { return new connect.Agent(); }, null);
    if (!agent) {
      log('warning', 'dial refused: the agent is not signed in to the CCP yet');
      return;
    }
    agent.connect(connect.Endpoint.byPhoneNumber(number), {
      success: function () { log('info', 'outbound call started'); },
      failure: function (error) { log('warning', 'outbound call failed: ' + describeError(error)); }
    });
  }

  function onWindowMessage(event) {
    if (event.source !== window || typeof event.data !== 'string' || event.data.indexOf('{"' + TAG + '"') !== 0) {
      return;
    }
    var message = safe(function () { return JSON.parse(event.data); }, null);
    if (message && message[TAG] === 'dial' && message.payload) {
      dial(message.payload.number);
    }
  }

  // --- start-up -------------------------------------------------------------------------------------------

  function start() {
    if (started) {
      return;
    }
    started = true;
    if (!window.connect || !connect.core || typeof connect.core.initCCP !== 'function') {
      log('error', 'amazon-connect-streams is not loaded');
      return;
    }
    var params;
    try {
      params = initCcpParams(readConfig());
    } catch (e) {
      log('error', 'bad softphone configuration: ' + describeError(e));
      return;
    }
    if (!params.ccpUrl) {
      log('error', 'bad softphone configuration: ccpUrl is missing');
      return;
    }
    var container = document.getElementById('ccp') || document.body;
    connect.core.initCCP(container, params);
    connect.core.onInitialized(function () { log('info', 'CCP initialized (Streams ' + connect.version + ')'); });
    if (typeof connect.core.onAuthFail === 'function') {
      connect.core.onAuthFail(function () { log('warning', 'CCP authentication failed: sign-in needed'); });
    }
    if (typeof connect.core.onAccessDenied === 'function') {
      connect.core.onAccessDenied(function () { log('error', 'CCP access denied'); });
    }
    if (typeof connect.core.onIframeRetriesExhausted === 'function') {
      connect.core.onIframeRetriesExhausted(function () { log('error', 'CCP did not load (retries exhausted)'); });
    }
    connect.agent(onAgent);
    connect.contact(onContact);
  }

  window.callbridgeHost = Object.freeze({ protocol: 1 });
  window.addEventListener('message', onWindowMessage);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
