/** Messages of the tickets feature (zh-CN, the schema source). */
const tickets = {
  messages: {
    title: '',
  },
  errors: {},
}

export default tickets
