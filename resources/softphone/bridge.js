// Callbridge softphone bridge (isolated world: QWebEngineScript::ApplicationWorld, injected after Qt's
// qwebchannel.js). The page's own scripts cannot see this world, qt.webChannelTransport or the `bridge` object.
//
// Page → C++: host.js posts JSON strings {"callbridge": <type>, "payload": {...}} to its own window. This script
// accepts only those that come from this very window, checks their shape and size lightly (core validates them
// fully and may refuse anything), and calls the matching method of the QWebChannel object `bridge` with a JSON
// string. Messages are queued until the channel is up.
// C++ → page: the bridge's dialRequested(e164) signal becomes {"callbridge": "dial", "payload": {"number"}}.
(function () {
  'use strict';

  if (window.__callbridgeBridge) {
    return;
  }
  window.__callbridgeBridge = true;

  var TAG = 'callbridge';
  var MAX_MESSAGE_CHARS = 256 * 1024;
  var MAX_QUEUE = 500;
  var MAX_ID_CHARS = 256;
  var MAX_LOG_CHARS = 2000;
  var REPORT_INTERVAL_MS = 10000;
  var E164 = /^\+[1-9][0-9]{6,14}$/;
  var CONTACT_EVENTS = ['connecting', 'connected', 'ended', 'missed', 'acw', 'destroyed'];
  var CONTACT_TYPES = ['voice', 'queue_callback', 'chat', 'task'];
  var LOG_LEVELS = ['debug', 'info', 'warning', 'error'];

  // Error pages (chrome-error://, origin "null") and other documents get no bridge.
  var origin = window.location.origin;
  if (!origin || origin === 'null' || !/^https?:$/.test(window.location.protocol)) {
    return;
  }

  var bridge = null;
  var queue = [];
  var dropped = 0;
  var lastReport = null; // Date.now() of the last report of dropped messages

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function isShortString(value, max) {
    return typeof value === 'string' && value.length <= max;
  }

  function validContactEvent(p) {
    if (!isObject(p) || CONTACT_EVENTS.indexOf(p.event) < 0 || !isShortString(p.at, 64)) {
      return false;
    }
    var c = p.contact;
    if (!isObject(c) || !isShortString(c.contactId, MAX_ID_CHARS) || c.contactId === '' ||
        CONTACT_TYPES.indexOf(c.type) < 0 || (c.direction !== 'inbound' && c.direction !== 'outbound') ||
        !isObject(c.attributes) || !isObject(c.queue) || !isObject(p.agent)) {
      return false;
    }
    return Object.keys(c.attributes).every(function (k) { return typeof c.attributes[k] === 'string'; });
  }

  function validAgentState(p) {
    return isObject(p) && isShortString(p.state, 256) && isObject(p.agent);
  }

  function validLog(p) {
    return isObject(p) && LOG_LEVELS.indexOf(p.level) >= 0 && typeof p.message === 'string';
  }

  // type → [validator, call on the bridge object]
  var HANDLERS = {
    'contact-event': [validContactEvent, function (p) { bridge.contactEvent(JSON.stringify(p)); }],
    'agent-state': [validAgentState, function (p) { bridge.agentState(JSON.stringify(p)); }],
    'log': [validLog, function (p) { bridge.log(p.level, p.message.slice(0, MAX_LOG_CHARS)); }]
  };

  function deliver(item) {
    try {
      HANDLERS[item.type][1](item.payload);
    } catch (e) {
      dropped += 1;
    }
  }

  // At most one report per REPORT_INTERVAL_MS: a page that sends garbage in a loop must not flood the log.
  function reportDropped() {
    var now = Date.now();
    if (bridge && dropped > 0 && (lastReport === null || now - lastReport >= REPORT_INTERVAL_MS)) {
      var count = dropped;
      dropped = 0;
      lastReport = now;
      bridge.log('warning', 'softphone bridge dropped ' + count + ' malformed or excess message(s)');
    }
  }

  function onPageMessage(event) {
    if (event.source !== window || typeof event.data !== 'string' ||
        event.data.indexOf('{"' + TAG + '"') !== 0) {
      return;
    }
    if (event.data.length > MAX_MESSAGE_CHARS) {
      dropped += 1;
      reportDropped();
      return;
    }
    var message;
    try {
      message = JSON.parse(event.data);
    } catch (e) {
      message = null;
    }
    var type = message && message[TAG];
    if (type === 'dial') {
      return; // our own message to the page
    }
    var handler = Object.prototype.hasOwnProperty.call(HANDLERS, type) ? HANDLERS[type] : null;
    if (!handler || !handler[0](message.payload)) {
      dropped += 1;
      reportDropped();
      return;
    }
    var item = { type: type, payload: message.payload };
    if (bridge) {
      deliver(item);
    } else if (queue.length < MAX_QUEUE) {
      queue.push(item);
    } else {
      dropped += 1;
    }
  }

  function onDialRequested(number) {
    if (typeof number !== 'string' || !E164.test(number)) {
      bridge.log('warning', 'dial refused by the softphone bridge: not an E.164 number');
      return;
    }
    var message = {};
    message[TAG] = 'dial';
    message.payload = { number: number };
    window.postMessage(JSON.stringify(message), origin);
  }

  function onChannel(channel) {
    var object = channel.objects.bridge;
    if (!object) {
      return;
    }
    bridge = object;
    if (bridge.dialRequested && typeof bridge.dialRequested.connect === 'function') {
      bridge.dialRequested.connect(onDialRequested);
    }
    var pending = queue;
    queue = [];
    pending.forEach(deliver);
    reportDropped();
  }

  window.addEventListener('message', onPageMessage);
  if (typeof QWebChannel === 'function' && typeof qt === 'object' && qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, onChannel); // eslint-disable-line no-new
  }
})();
