import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Listeners are registered here, synchronously, as the background grows.
});
