/** Messages of the slaFigures feature (zh-CN, the schema source). */
const slaFigures = {
  messages: {
    title: '',
  },
  errors: {},
}

export default slaFigures
